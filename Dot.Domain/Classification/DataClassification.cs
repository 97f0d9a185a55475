namespace Dot.Domain.Classification;

/// <summary>
/// The classes of DESIGN section 6: Public (project information, app store ratings and comments) and Restricted
/// (epics, stories, test cases, results, defects, names, work e-mail addresses), which only tenant members may read.
/// </summary>
public enum DataClassification
{
    Restricted,
    Public,
}
