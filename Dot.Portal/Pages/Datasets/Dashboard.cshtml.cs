using Dot.Portal.Api;
using Dot.Portal.Api.Models;
using Dot.Portal.Charts;
using Dot.Portal.Configuration;
using Dot.Portal.Tokens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dot.Portal.Pages.Datasets;

/// <summary><c>/datasets/{id}?days=7|30|90</c>: the dataset's dashboard for the window picked (30 days unless said).</summary>
public sealed class DashboardModel(DotApiClient api, TimeProvider clock, IOptions<PortalOptions> portal) : PageModel
{
    public static IReadOnlyList<int> Windows { get; } = [7, 30, 90];

    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = 30;

    public DatasetView View { get; private set; } = null!;

    public DashboardData Data { get; private set; } = null!;

    public ChartFigure PassRateFigure => new(
        $"Pass rate per day, last {Days} days",
        ChartSvg.PassRate(Data.PassRateTrend),
        $"Line chart of the daily pass rate over the last {Days} days; the table beside it has the numbers.");

    public ChartFigure SeverityFigure => new(
        $"Defects created in the last {Days} days, by severity",
        Data.DefectSummary.Count == 0
            ? null
            : ChartSvg.Bars([.. Data.DefectSummary.Select(group => group.Key ?? "none")], [.. Data.DefectSummary.Select(group => (double)group.Total)], "Defects"),
        "Bar chart of defects by severity; the table beside it has the numbers.");

    public ChartFigure AgingFigure => new(
        "Open defects by age",
        ChartSvg.Bars([.. Data.DefectAging.Select(bucket => bucket.Label)], [.. Data.DefectAging.Select(bucket => (double)bucket.Count)], "Open defects"),
        "Bar chart of open defects by age; the table beside it has the numbers.");

    public ChartFigure RatingFigure => new(
        $"Average rating per day, last {Days} days",
        ChartSvg.Rating(Data.AppRatingTrend),
        "Line chart of the average app-store rating per day; the table beside it has the numbers.");

    public string FirstUploadLine => CurlLines.Upload(portal.Value.ApiBase, "$DOT_TOKEN");

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await api.DatasetAsync(id, cancellationToken) is not { } view)
        {
            return NotFound();
        }
        View = view;
        if (!Windows.Contains(Days))
        {
            Days = 30;
        }
        // The window ends at the next whole minute, so dashboards opened in the same minute share the API's cache.
        var now = clock.GetUtcNow();
        var to = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero).AddMinutes(1);
        var variables = new { dataset = id, from = to.AddDays(-Days), to };
        Data = (await api.SendAsync<DashboardData>("Dashboard", variables, cancellationToken)).Value;
        return Page();
    }
}
