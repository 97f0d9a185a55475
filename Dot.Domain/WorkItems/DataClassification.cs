namespace Dot.Domain.WorkItems;

/// <summary>
/// The classes of DESIGN section 6: Public (project information, app store ratings and comments) and Restricted
/// (epics, stories, test cases, results, defects, names, work e-mail addresses), which only tenant members may read.
/// </summary>
public enum DataClassification
{
    Restricted,
    Public,
}

/// <summary>The classification of one field, and whether it is personal data (never logged).</summary>
public readonly record struct FieldClassification(DataClassification Classification, bool IsPersonalData = false)
{
    public static FieldClassification Public { get; } = new(DataClassification.Public);

    public static FieldClassification Restricted { get; } = new(DataClassification.Restricted);

    public static FieldClassification Personal { get; } = new(DataClassification.Restricted, IsPersonalData: true);
}
