using Dot.Domain.Connectors;
using Dot.Domain.Intake;
using Dot.Domain.Reports;
using Dot.Domain.Reviews;
using Dot.Domain.Uploads;

namespace Dot.Api.Connectors;

/// <summary>
/// One run as its fetcher sees it: the connector, its opened secret, and what a page becomes. A tracker page goes to
/// the intake like an uploaded file (kept in the raw store, indexed by the worker); a reviews page is kept in the raw
/// store under the run and its reviews upserted. The cursor moves only while this run holds the connector's lease.
/// </summary>
public sealed class ConnectorRunContext(Connector connector, string secret, ConnectorRun run, string leaseHolder, ConnectorRunServices services)
{
    public Connector Connector => connector;

    public string Secret => secret;

    public ConnectorRun Run { get; private set; } = run;

    /// <summary>The cursor as this run has moved it so far.</summary>
    public string? Cursor { get; private set; } = connector.Cursor;

    public async Task IntakeAsync(string fileName, byte[] body, ReportFormat? format, CancellationToken cancellationToken)
    {
        var files = new[] { new IntakeFile(fileName, new MemoryStream(body, writable: false)) }.ToAsyncEnumerable();
        var outcome = await services.Intake.TakeAsync(
            connector.TenantId, connector.DatasetId, IntakeSource.ConnectorRun(Run.Id), new IntakeOptions(ForcedFormat: format), files, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            throw new ConnectorException($"DoT refused a fetched page: {refusal.Message}");
        }
    }

    /// <summary>Keeps the raw page (file <paramref name="number"/> of the run) and upserts its reviews; the cursor stays.</summary>
    public async Task StoreReviewsAsync(int number, byte[] body, IReadOnlyList<ReviewDocument> reviews, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        await services.Raw.WriteAsync(new RawFileKey(connector.TenantId, connector.DatasetId, Run.Id, number), new MemoryStream(body, writable: false), cancellationToken);
        await services.Analytics.UpsertReviewsAsync(connector.TenantId, reviews, cancellationToken);
        await RecordPageAsync(reviews.Count, cancellationToken);
    }

    /// <summary>Removes the dataset's work items whose keys a full listing of the tracker no longer holds.</summary>
    public Task RemoveWorkItemsExceptAsync(IReadOnlySet<string> keys, CancellationToken cancellationToken) =>
        services.Analytics.RemoveWorkItemsExceptAsync(connector.TenantId, connector.DatasetId, keys, cancellationToken);

    /// <summary>Moves the cursor past a stored page and counts the page.</summary>
    public async Task PageStoredAsync(int items, string? cursor, CancellationToken cancellationToken)
    {
        await MoveCursorAsync(cursor, cancellationToken);
        await RecordPageAsync(items, cancellationToken);
    }

    public async Task MoveCursorAsync(string? cursor, CancellationToken cancellationToken)
    {
        if (!await services.Connectors.SaveCursorAsync(connector.TenantId, connector.Id, leaseHolder, cursor, cancellationToken))
        {
            throw new ConnectorException("The run lost its lease to another instance and stopped; the page it stored last is kept.");
        }
        Cursor = cursor;
    }

    private async Task RecordPageAsync(int items, CancellationToken cancellationToken)
    {
        Run = Run with { Pages = Run.Pages + 1, ItemsFetched = Run.ItemsFetched + items };
        await services.Runs.SaveAsync(Run, cancellationToken);
    }
}
