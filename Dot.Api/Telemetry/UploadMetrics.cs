using System.Diagnostics.Metrics;
using Dot.Domain.Jobs;
using Dot.Domain.Uploads;

namespace Dot.Api.Telemetry;

/// <summary>
/// Uploads in numbers: accepted, refused by reason, processed by outcome with their duration and results, and the
/// queue's depth and age as last sampled (<see cref="QueueSampler"/>).
/// </summary>
public sealed class UploadMetrics
{
    private readonly Counter<long> _accepted;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _processed;
    private readonly Counter<long> _results;
    private readonly Histogram<double> _duration;
    private QueueSample _queue = new(0, 0);

    public UploadMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(DotTelemetry.Name);
        _accepted = meter.CreateCounter<long>("dot.uploads.accepted", "{upload}", "Uploads accepted and queued.");
        _refused = meter.CreateCounter<long>("dot.uploads.refused", "{upload}", "Upload requests refused, by reason.");
        _processed = meter.CreateCounter<long>("dot.uploads.processed", "{upload}", "Uploads processed, by outcome.");
        _results = meter.CreateCounter<long>("dot.uploads.results", "{result}", "Test results and work items stored.");
        _duration = meter.CreateHistogram<double>("dot.uploads.duration", "s", "How long processing an upload took.");
        meter.CreateObservableGauge("dot.uploads.queue.depth", () => _queue.Depth, "{job}", "Upload jobs not yet completed.");
        meter.CreateObservableGauge("dot.uploads.queue.age", () => _queue.AgeSeconds, "s", "How long the oldest upload job has waited.");
    }

    public void Accepted() => _accepted.Add(1);

    public void Refused(string reason) => _refused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Processed(UploadStatus outcome, TimeSpan duration, long stored)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant());
        _processed.Add(1, tag);
        _duration.Record(duration.TotalSeconds, tag);
        _results.Add(stored);
    }

    public void Sampled(QueueState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        _queue = new QueueSample(state.Depth, state.OldestQueuedAt is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0);
    }

    private sealed record QueueSample(long Depth, double AgeSeconds);
}
