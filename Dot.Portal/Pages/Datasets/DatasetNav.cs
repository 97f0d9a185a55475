using Dot.Portal.Api.Models;

namespace Dot.Portal.Pages.Datasets;

/// <summary>The tabs of a dataset's pages and which one is open (its route segment; empty for the dashboard).</summary>
public sealed record DatasetNav(Dataset Dataset, string Current)
{
    public static IReadOnlyList<(string Slug, string Title)> Tabs { get; } =
    [
        (string.Empty, "Dashboard"),
        ("uploads", "Uploads"),
        ("upload-tokens", "Upload tokens"),
        ("read-tokens", "Read tokens"),
    ];
}
