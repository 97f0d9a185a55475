using System.Globalization;
using Dot.Api.Connectors.Http;
using Dot.Domain.Connectors;
using Dot.Domain.Reports;
using Dot.Domain.WorkItems;
using Microsoft.Extensions.Options;

namespace Dot.Api.Connectors.Jira;

/// <summary>
/// Pulls a Jira connector's issues: all that match its JQL on the first run, then those updated since the cursor (the
/// latest <c>updated</c> stored) less the overlap. Each page goes to the intake as a Jira search export, so the worker
/// indexes it like an uploaded one (a later snapshot of an issue replaces the earlier, so overlaps cost nothing).
/// </summary>
public sealed class JiraFetcher(ConnectorHttp http, IOptions<ConnectorOptions> options, IOptions<WorkItemMapping> mapping) : IConnectorFetcher
{
    private static readonly string[] StandardFields =
        ["summary", "issuetype", "status", "priority", "components", "labels", "created", "updated", "resolutiondate", "assignee", "parent", "project"];

    public ConnectorKind Kind => ConnectorKind.Jira;

    public async Task FetchAsync(ConnectorRunContext run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var site = new JiraSite(run.Connector, run.Secret, http);
        var zone = await site.TimeZoneAsync(cancellationToken);
        var watermark = run.Cursor is { } cursor ? DateTimeOffset.Parse(cursor, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var jql = JiraQuery.Build(run.Connector.Settings.Jql!, watermark - TimeSpan.FromMinutes(options.Value.OverlapMinutes), zone);
        var fields = Fields();
        var pageSize = options.Value.PageSize;
        string? nextPageToken = null;
        var startAt = 0;
        for (var number = 1; ; number++)
        {
            var (body, page) = await site.SearchAsync(jql, fields, pageSize, nextPageToken, startAt, cancellationToken);
            if (page.Issues == 0)
            {
                return;
            }
            await run.IntakeAsync($"jira-search-{run.Run.Id}-{number}.json", body, ReportFormat.Jira, cancellationToken);
            if (page.LatestUpdate is { } latest && (watermark is null || latest > watermark))
            {
                watermark = latest;
            }
            await run.PageStoredAsync(page.Issues, watermark?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), cancellationToken);
            startAt += page.Issues;
            nextPageToken = page.NextPageToken;
            var done = run.Connector.Settings.Deployment == JiraDeployment.DataCenter
                ? page.Total is { } total && startAt >= total
                : page.IsLast || nextPageToken is null;
            if (done)
            {
                return;
            }
        }
    }

    public Task TestAsync(Connector connector, string secret, CancellationToken cancellationToken) =>
        new JiraSite(connector, secret, http).TimeZoneAsync(cancellationToken);

    private List<string> Fields()
    {
        var map = mapping.Value;
        var custom = new[] { map.SeverityField, map.SprintField, map.EpicLinkField }
            .Concat(map.StoryPointsFields ?? WorkItemMapping.DefaultStoryPointsFields);
        return StandardFields.Concat(custom.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f!)).Distinct().ToList();
    }
}
