using System.Globalization;
using Dot.Bench.Load;

namespace Dot.Bench.Results;

/// <summary>
/// Issue 15's targets, each with its same-run baseline: ingest at scale, every dashboard query cold over the large
/// dataset at one client (and at N clients, reported), the cost curve from a tenth of the results to all of them,
/// and the mixed workload. The 200 MB report's memory row is the memory benchmark's own.
/// </summary>
public static class ScaleRows
{
    public const double ColdP99TargetMs = 100;
    public const double GrowthTarget = 2;
    public const double MixedP50TargetMs = 50;
    public const double MixedP99TargetMs = 250;
    public const double UploadRatioTarget = 0.5;

    public static IEnumerable<TargetRow> From(ScaleMeasurement? scale)
    {
        if (scale is null)
        {
            yield break;
        }
        var (small, large) = (scale.SmallIngest, scale.Ingest);
        yield return new("scale", F($"ingest {large.Results:N0} results, upload → queryable"), "≥ 150,000 results/s",
            F($"{large.ResultsPerSecond:N0} results/s ({large.Seconds:F0} s, {large.Uploads} uploads; API {large.ResultsPerCpuSecond:N0} results/CPU-s)"),
            F($"{small.Results:N0} results: {small.ResultsPerSecond:N0} results/s"),
            large.ResultsPerSecond >= TargetRows.IngestRateTarget, large.ResultsPerSecond, small.ResultsPerSecond, "results/s");
        yield return new("scale", "1,000,000 results queryable", "< 7 s",
            F($"{small.SecondsPerMillion:F1} s{(small.Results == 1_000_000 ? string.Empty : F($" (at the rate of {small.Results:N0})"))}"),
            F($"at the rate of {large.Results:N0}: {large.SecondsPerMillion:F1} s"),
            small.SecondsPerMillion < TargetRows.MillionSecondsTarget, small.SecondsPerMillion, large.SecondsPerMillion, "s");
        foreach (var cold in scale.Cold)
        {
            var warm = scale.Warm.Single(w => w.Name == cold.Name);
            var coldSmall = scale.ColdSmall.Single(w => w.Name == cold.Name);
            foreach (var row in QueryRows(cold, warm, coldSmall))
            {
                yield return row;
            }
        }
        foreach (var row in MixedRows(scale.Mixed))
        {
            yield return row;
        }
    }

    private static IEnumerable<TargetRow> QueryRows(QueryMeasurement cold, QueryMeasurement warm, QueryMeasurement coldSmall)
    {
        if ((cold.Failure ?? coldSmall.Failure) is { } failure)
        {
            yield return new("scale", F($"{cold.Name} cold over {cold.Results:N0} and {coldSmall.Results:N0}"), "p99 < 100 ms, grows < 2×",
                "failed: " + Shortened(failure), cold.Failure is null ? F($"over {cold.Results:N0} p99 {cold.OneClient.P99Ms:F0} ms") : F($"over {coldSmall.Results:N0}: {(coldSmall.Failure is null ? F($"p99 {coldSmall.OneClient.P99Ms:F0} ms") : "failed too")}"),
                false, null, null, "ms");
            yield break;
        }
        var (one, many) = (cold.OneClient, cold.Concurrent);
        yield return new("scale", F($"{cold.Name} cold over {cold.Results:N0}, 1 client: p50 / p99"), "p99 < 100 ms",
            F($"{one.P50Ms:F0} / {one.P99Ms:F0} ms{Count(one)}"),
            F($"warm {warm.OneClient.P50Ms:F1} / {warm.OneClient.P99Ms:F1} ms; cold over {coldSmall.Results:N0} {coldSmall.OneClient.P50Ms:F0} / {coldSmall.OneClient.P99Ms:F0} ms"),
            one.P99Ms < ColdP99TargetMs && one.Errors == 0 && one.Requests > 0, one.P99Ms, warm.OneClient.P99Ms, "ms");
        yield return new("scale", F($"{cold.Name} cold over {cold.Results:N0}, {many.Clients} clients: p50 / p99"), "reported",
            F($"{many.P50Ms:F0} / {many.P99Ms:F0} ms{Count(many)}"),
            F($"warm {warm.Concurrent.P50Ms:F1} / {warm.Concurrent.P99Ms:F1} ms ({warm.Concurrent.RequestsPerSecond:N0} req/s)"),
            null, many.P99Ms, warm.Concurrent.P99Ms, "ms");
        var growth = one.P50Ms / coldSmall.OneClient.P50Ms;
        yield return new("scale", F($"{cold.Name} cold p50 from {coldSmall.Results:N0} to {cold.Results:N0} results"), "grows < 2×",
            F($"{growth:F1}× ({one.P50Ms:F0} ms)"), F($"{coldSmall.OneClient.P50Ms:F0} ms over {coldSmall.Results:N0}"),
            growth < GrowthTarget, growth, 1, "×");
    }

    private static IEnumerable<TargetRow> MixedRows(MixedMeasurement mixed)
    {
        var (alone, busy) = (mixed.DashboardsAlone, mixed.Dashboards);
        var (idle, uploads) = (mixed.UploadsAlone, mixed.Uploads);
        yield return new("scale", F($"mixed: whole dashboards of {mixed.Datasets} datasets, {busy.Clients} clients, CI posting its runs: p50 / p99"), "< 50 / < 250 ms",
            F($"{busy.P50Ms:F0} / {busy.P99Ms:F0} ms{Count(busy)}"),
            F($"no CI: {alone.P50Ms:F0} / {alone.P99Ms:F0} ms ({alone.RequestsPerSecond:N0} req/s)"),
            busy.P50Ms < MixedP50TargetMs && busy.P99Ms < MixedP99TargetMs && busy.Errors == 0, busy.P99Ms, alone.P99Ms, "ms");
        yield return new("scale", F($"mixed: CI uploads beside the dashboards, one every {uploads.IntervalMs:F0} ms"), "≥ 50 % of idle",
            F($"{mixed.UploadRatio:P0} ({uploads.ResultsPerSecond:N0} results/s, upload p50 / p99 {uploads.Uploads.P50Ms:F0} / {uploads.Uploads.P99Ms:F0} ms{Count(uploads.Uploads)})"),
            F($"idle {idle.ResultsPerSecond:N0} results/s (offered {idle.OfferedResultsPerSecond:N0}/s; p50 / p99 {idle.Uploads.P50Ms:F0} / {idle.Uploads.P99Ms:F0} ms)"),
            mixed.UploadRatio >= UploadRatioTarget && uploads.Uploads.Errors == 0, mixed.UploadRatio * 100, 100, "% of idle");
        var backfill = mixed.Backfill.Dashboards;
        yield return new("scale", "mixed, CI posting runs into the middle of the window's last stored day: p50 / p99", "reported",
            F($"{backfill.P50Ms:F0} / {backfill.P99Ms:F0} ms{Count(backfill)}; uploads {mixed.Backfill.Uploads.ResultsPerSecond:N0} results/s"),
            F($"no CI: {alone.P50Ms:F0} / {alone.P99Ms:F0} ms"),
            null, backfill.P99Ms, alone.P99Ms, "ms");
    }

    /// <summary>What an error answer says, without the request line before it, cut to a table cell.</summary>
    private static string Shortened(string failure)
    {
        var answer = failure[(failure.IndexOf("answered", StringComparison.Ordinal) is var at and >= 0 ? at : 0)..];
        return answer.Length <= 160 ? answer : answer[..160] + "…";
    }

    /// <summary>", 12 requests" and the errors, if any: how many samples a percentile stands on.</summary>
    private static string Count(LoadResult load) =>
        F($", {load.Requests} requests") + (load.Errors > 0 ? F($", {load.Errors} errors") : string.Empty);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
