namespace Dot.Domain.Connectors;

/// <summary>One run of a connector: the pages it stored, the items they held, and why it failed, in one sentence.</summary>
public sealed record ConnectorRun(
    string Id,
    string TenantId,
    string ConnectorId,
    ConnectorRunTrigger Trigger,
    ConnectorRunStatus Status,
    DateTimeOffset QueuedAt)
{
    public const string IdPrefix = "crn";

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public int Pages { get; init; }

    public int ItemsFetched { get; init; }

    public string? Error { get; init; }
}
