using Dot.Domain.Connectors;
using Dot.Domain.Intake;
using Dot.Domain.Reports;

namespace Dot.Api.Connectors;

/// <summary>
/// One run as its fetcher sees it: the connector, its opened secret, and the two steps of every page: hand it to the
/// intake like an uploaded file (kept in the raw store, indexed by the worker), then record it, which moves the
/// cursor. The cursor moves only if this run still holds the connector's lease.
/// </summary>
public sealed class ConnectorRunContext(
    Connector connector, string secret, ConnectorRun run, string leaseHolder, UploadIntake intake, IConnectorStore connectors, IConnectorRunStore runs)
{
    public Connector Connector => connector;

    public string Secret => secret;

    public ConnectorRun Run { get; private set; } = run;

    /// <summary>The cursor as this run has moved it so far.</summary>
    public string? Cursor { get; private set; } = connector.Cursor;

    public async Task IntakeAsync(string fileName, byte[] body, ReportFormat? format, CancellationToken cancellationToken)
    {
        var files = new[] { new IntakeFile(fileName, new MemoryStream(body, writable: false)) }.ToAsyncEnumerable();
        var outcome = await intake.TakeAsync(
            connector.TenantId, connector.DatasetId, IntakeSource.ConnectorRun(Run.Id), new IntakeOptions(ForcedFormat: format), files, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            throw new ConnectorException($"DoT refused a fetched page: {refusal.Message}");
        }
    }

    public async Task PageStoredAsync(int items, string? cursor, CancellationToken cancellationToken)
    {
        if (!await connectors.SaveCursorAsync(connector.TenantId, connector.Id, leaseHolder, cursor, cancellationToken))
        {
            throw new ConnectorException("The run lost its lease to another instance and stopped; the page it stored last is kept.");
        }
        Cursor = cursor;
        Run = Run with { Pages = Run.Pages + 1, ItemsFetched = Run.ItemsFetched + items };
        await runs.SaveAsync(Run, cancellationToken);
    }
}
