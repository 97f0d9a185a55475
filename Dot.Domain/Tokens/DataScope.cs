namespace Dot.Domain.Tokens;

/// <summary>
/// The classes of data (DESIGN section 6) a caller may read: <see cref="Public"/> only (project information, app
/// store ratings and comments), or <see cref="Restricted"/>, which is all of it (test results, work items, names…).
/// </summary>
public enum DataScope
{
    Public,
    Restricted,
}
