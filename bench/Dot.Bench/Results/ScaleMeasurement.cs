using Dot.Bench.Load;

namespace Dot.Bench.Results;

/// <summary>
/// Issue 15's scale benchmark: two datasets of one tenant ingested through the API (the large one and one a tenth of
/// its size, for the cost curve), every dashboard query over them with the cache off (cold) and on (warm), and the
/// mixed workload. <see cref="GenerateSeconds"/> is the time the reports took to write to disk, never timed as ingest.
/// </summary>
public sealed record ScaleMeasurement(
    IngestMeasurement SmallIngest,
    IngestMeasurement Ingest,
    IReadOnlyList<QueryMeasurement> ColdSmall,
    IReadOnlyList<QueryMeasurement> Cold,
    IReadOnlyList<QueryMeasurement> Warm,
    MixedMeasurement Mixed,
    double GenerateSeconds);

/// <summary>
/// Whole dashboards (one request each) at N clients, alone and while a CI client posts its runs on its pace; the CI
/// client's uploads alone and beside the dashboards; and the same dashboards while the CI client posts runs into the
/// middle of a stored day (<see cref="Backfill"/>).
/// </summary>
public sealed record MixedMeasurement(int Datasets, LoadResult DashboardsAlone, LoadResult Dashboards, UploadPace UploadsAlone, UploadPace Uploads, MixedPhase Backfill)
{
    /// <summary>The uploads' throughput beside the dashboards as a share of their idle throughput.</summary>
    public double UploadRatio => Uploads.ResultsPerSecond / UploadsAlone.ResultsPerSecond;
}

/// <summary>Whole dashboards at N clients while a CI client posts on its pace.</summary>
public sealed record MixedPhase(LoadResult Dashboards, UploadPace Uploads);

/// <summary>
/// Reports posted one every <see cref="IntervalMs"/> (later when the API falls behind): each upload's latency until
/// stored, and the results stored per second from the first post to the last answer.
/// </summary>
public sealed record UploadPace(double IntervalMs, long Results, LoadResult Uploads)
{
    public double ResultsPerSecond => Results / Uploads.Seconds;

    public double OfferedResultsPerSecond => Uploads.Requests == 0 ? 0 : Results / (double)Uploads.Requests * 1000 / IntervalMs;
}
