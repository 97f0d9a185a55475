namespace Dot.Domain.Jobs;

/// <summary>The upload queue at a glance: jobs not yet completed, and when the oldest was queued (null when none is).</summary>
public sealed record QueueState(long Depth, DateTimeOffset? OldestQueuedAt);
