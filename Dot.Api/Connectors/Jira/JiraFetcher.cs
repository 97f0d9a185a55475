using System.Runtime.CompilerServices;
using Dot.Api.Connectors.Http;
using Dot.Domain.Connectors;
using Dot.Domain.Reports;
using Dot.Domain.WorkItems;
using Microsoft.Extensions.Options;

namespace Dot.Api.Connectors.Jira;

/// <summary>
/// Pulls a Jira connector's issues: all that match its JQL on the first run, then those updated since the watermark
/// (the latest <c>updated</c> stored) less the overlap. Each page goes to the intake as a Jira search export, so the
/// worker indexes it like an uploaded one (a later snapshot of an issue replaces the earlier, so overlaps cost
/// nothing). Every <see cref="ReconcileEvery"/> a run fetches the whole JQL instead and, once it has every page,
/// removes the dataset's work items it did not see: issues deleted in Jira or moved out of the JQL.
/// </summary>
public sealed class JiraFetcher(ConnectorHttp http, TimeProvider clock, IOptions<ConnectorOptions> options, IOptions<WorkItemMapping> mapping) : IConnectorFetcher
{
    private static readonly string[] StandardFields =
        ["summary", "issuetype", "status", "priority", "components", "labels", "created", "updated", "resolutiondate", "assignee", "parent", "project"];

    public ConnectorKind Kind => ConnectorKind.Jira;

    public async Task FetchAsync(ConnectorRunContext run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var site = new JiraSite(run.Connector, run.Secret, http);
        var zone = await site.TimeZoneAsync(cancellationToken);
        var startedAt = clock.GetUtcNow();
        var cursor = JiraCursor.Parse(run.Cursor);
        // Seen keys of a full reconciliation; null on an incremental run.
        var seen = cursor.ReconciliationDue(startedAt, ReconcileEvery(run.Connector)) ? new HashSet<string>(StringComparer.Ordinal) : null;
        var since = seen is null ? cursor.Updated - TimeSpan.FromMinutes(options.Value.OverlapMinutes) : null;
        var jql = JiraQuery.Build(run.Connector.Settings.Jql!, since, zone);
        // A first run is the baseline reconciliation; a later one keeps the last reconciliation time until it completes.
        var progress = cursor with { ReconciledAt = cursor.ReconciledAt ?? startedAt };
        await foreach (var (body, page) in PagesAsync(site, jql, run.Connector.Settings.Deployment, cancellationToken))
        {
            await run.IntakeAsync($"jira-search-{run.Run.Id}-{run.Run.Pages + 1}.json", body, ReportFormat.Jira, cancellationToken);
            seen?.UnionWith(page.Keys);
            progress = progress.After(page.LatestUpdate);
            await run.PageStoredAsync(page.Issues, progress.Format(), cancellationToken);
        }
        // An empty listing removes nothing: Jira answers an empty list, not an error, to an account that lost access.
        if (seen is { Count: > 0 })
        {
            await run.RemoveWorkItemsExceptAsync(seen, cancellationToken);
            await run.MoveCursorAsync((progress with { ReconciledAt = startedAt }).Format(), cancellationToken);
        }
    }

    /// <summary>The search's non-empty pages: Cloud's by <c>nextPageToken</c> until <c>isLast</c>, Data Center's by <c>startAt</c> until <c>total</c>.</summary>
    private async IAsyncEnumerable<(byte[] Body, JiraPage Page)> PagesAsync(
        JiraSite site, string jql, JiraDeployment? deployment, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fields = Fields();
        var pageSize = options.Value.PageSize;
        string? nextPageToken = null;
        var startAt = 0;
        while (true)
        {
            var (body, page) = await site.SearchAsync(jql, fields, pageSize, nextPageToken, startAt, cancellationToken);
            if (page.Issues == 0)
            {
                yield break;
            }
            yield return (body, page);
            startAt += page.Issues;
            nextPageToken = page.NextPageToken;
            var done = deployment == JiraDeployment.DataCenter
                ? page.Total is { } total && startAt >= total
                : page.IsLast || nextPageToken is null;
            if (done)
            {
                yield break;
            }
        }
    }

    private TimeSpan ReconcileEvery(Connector connector) =>
        TimeSpan.FromHours(connector.Settings.ReconcileHours ?? options.Value.Jira.ReconcileHours);

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
