using System.Text.Json;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>
/// The fixed Jira exports of the seeded dashboard data (severity in <see cref="SeverityField"/>). The web shop's
/// defects, by creation time (<c>To</c> is 8 March 2025), and its other items:
/// <code>
/// SHOP-1   Critical Highest open        shop-checkout              7 Mar 18:00
/// SHOP-2   Major    High    in progress shop-checkout, shop-search 4 Mar
/// SHOP-3   Minor    Medium  open        (none)                     20 Feb
/// SHOP-4   (none)   Low     open        shop-search                20 Dec 2024
/// SHOP-5   Trivial  Lowest  open        shop-search                1 Oct 2024
/// SHOP-6   Critical Highest resolved 3 Mar 12:00                   1 Mar
/// SHOP-7   Major    High    resolved 6 Mar 09:00                   25 Feb
/// SHOP-11  Major    High    open in the first export, resolved 7 Mar 08:00 in the later one   5 Mar
/// SHOP-8 story resolved 5 Mar 16:00, SHOP-9 story in progress, SHOP-10 task resolved 20 Feb 10:00
/// </code>
/// The mobile app has one open defect (MOB-1, 5 Mar); Globex one open and one resolved on 4 Mar.
/// </summary>
public static class DashboardWorkItems
{
    public const string SeverityField = "customfield_10050";

    public static byte[] Web() => Export(
        Bug("SHOP-1", "Open", "new", "Critical", "Highest", ["shop-checkout"], "2025-03-07T18:00:00Z"),
        Bug("SHOP-2", "In Progress", "indeterminate", "Major", "High", ["shop-checkout", "shop-search"], "2025-03-04T10:00:00Z"),
        Bug("SHOP-3", "Open", "new", "Minor", "Medium", [], "2025-02-20T09:00:00Z"),
        Bug("SHOP-4", "Open", "new", null, "Low", ["shop-search"], "2024-12-20T09:00:00Z"),
        Bug("SHOP-5", "Open", "new", "Trivial", "Lowest", ["shop-search"], "2024-10-01T09:00:00Z"),
        Bug("SHOP-6", "Done", "done", "Critical", "Highest", ["shop-checkout"], "2025-03-01T08:00:00Z", "2025-03-03T12:00:00Z"),
        Bug("SHOP-7", "Closed", "done", "Major", "High", ["shop-search"], "2025-02-25T08:00:00Z", "2025-03-06T09:00:00Z"),
        Item("SHOP-8", "Story", "Done", "done", null, "Medium", ["shop-checkout"], "2025-02-15T08:00:00Z", "2025-03-05T16:00:00Z"),
        Item("SHOP-9", "Story", "In Progress", "indeterminate", null, "Medium", [], "2025-03-02T08:00:00Z"),
        Item("SHOP-10", "Task", "Done", "done", null, "Low", [], "2025-02-10T08:00:00Z", "2025-02-20T10:00:00Z"),
        Bug("SHOP-11", "Open", "new", "Major", "High", ["shop-checkout"], "2025-03-05T11:00:00Z"));

    /// <summary>A later export that repeats SHOP-11, resolved since.</summary>
    public static byte[] WebLater() => Export(
        Bug("SHOP-11", "Done", "done", "Major", "High", ["shop-checkout"], "2025-03-05T11:00:00Z", "2025-03-07T08:00:00Z"));

    public static byte[] Mobile() => Export(
        Bug("MOB-1", "Open", "new", "Major", "Medium", ["mobile-login"], "2025-03-05T07:00:00Z"));

    /// <summary>Another tenant's defects, whose components must never show up in Acme's answers.</summary>
    public static byte[] Globex() => Export(
        Bug("GLX-1", "Open", "new", "Blocker", "Highest", ["globex-vault"], "2025-03-01T10:00:00Z"),
        Bug("GLX-2", "Done", "done", "Blocker", "Highest", ["globex-vault"], "2025-03-01T10:00:00Z", "2025-03-04T10:00:00Z"));

    private static object Bug(string key, string status, string category, string? severity, string priority, string[] components, string created, string? resolved = null) =>
        Item(key, "Bug", status, category, severity, priority, components, created, resolved);

    private static object Item(string key, string type, string status, string category, string? severity, string priority, string[] components, string created, string? resolved = null) =>
        new
        {
            key,
            fields = new Dictionary<string, object?>
            {
                ["summary"] = "Summary of " + key,
                ["issuetype"] = new { name = type },
                ["status"] = new { name = status, statusCategory = new { key = category } },
                ["priority"] = new { name = priority },
                ["components"] = components.Select(name => new { name }),
                ["created"] = created,
                ["resolutiondate"] = resolved,
                [SeverityField] = severity is null ? null : new { value = severity },
            },
        };

    private static byte[] Export(params object[] issues) =>
        JsonSerializer.SerializeToUtf8Bytes(new { startAt = 0, total = issues.Length, issues });
}
