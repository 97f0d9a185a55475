using Dot.Domain.Secrets;

namespace Dot.Domain.Connectors;

/// <summary>
/// A pull into one dataset on a schedule (a cron expression, UTC). <see cref="Cursor"/> is where the next incremental
/// run starts (its meaning is the fetcher's); <see cref="SecretSetAt"/> is all that is ever told of its secret.
/// </summary>
public sealed record Connector(
    string Id,
    string TenantId,
    string DatasetId,
    string Name,
    ConnectorKind Kind,
    ConnectorSettings Settings,
    string Schedule,
    bool Enabled,
    DateTimeOffset CreatedAt)
{
    public const string IdPrefix = "con";

    /// <summary>Every hour, at minute 0.</summary>
    public const string DefaultSchedule = "0 * * * *";

    public DateTimeOffset? SecretSetAt { get; init; }

    public DateTimeOffset? NextRunAt { get; init; }

    public bool NeedsAttention { get; init; }

    public string? Cursor { get; init; }

    public ConnectorHealth Health =>
        !Enabled ? ConnectorHealth.Disabled : NeedsAttention ? ConnectorHealth.NeedsAttention : ConnectorHealth.Ok;

    /// <summary>The encryption context of its secret: bound to its tenant and to it, so no other connector's opens it.</summary>
    public SecretContext SecretContext => new(TenantId, "connector:" + Id);
}
