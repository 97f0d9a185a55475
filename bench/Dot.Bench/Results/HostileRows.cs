using System.Globalization;
using Dot.Api.GraphQL;

namespace Dot.Bench.Results;

/// <summary>
/// The hostile benchmark's rows: each document must be refused with 400 TOO_COMPLEX in under 50 ms. The row holds
/// when the median refusal and the API's CPU time per refusal are under it; the maximum is shown beside them, since on
/// a shared machine it measures the neighbours as much as DoT (<c>{ __typename }</c>'s own maximum says how much).
/// </summary>
public static class HostileRows
{
    public const double RefusalTargetMs = 50;

    public static IEnumerable<TargetRow> From(HostileMeasurement? hostile)
    {
        if (hostile is null)
        {
            yield break;
        }
        var baseline = hostile.TypeName;
        var typeName = F($"{{ __typename }} p50 {baseline.P50Ms:F1} / max {baseline.MaxMs:F1} ms{Cpu(baseline.CpuMsPerRequest)}");
        foreach (var refusal in hostile.Refusals)
        {
            var load = refusal.Load;
            var errors = load.Errors > 0 ? F($", {load.Errors} other answers") : string.Empty;
            var refused = refusal.Status == 400 && refusal.Code == ErrorCodes.TooComplex && load.Errors == 0 && load.Requests > 0;
            yield return new TargetRow("hostile", F($"{refusal.Name} ({refusal.QueryBytes / 1000.0:F1} kB): refusal p50 / max"), "< 50 ms, 400 TOO_COMPLEX",
                F($"{load.P50Ms:F1} / {load.MaxMs:F1} ms ({refusal.Status} {refusal.Code}, {load.Requests} requests{Cpu(load.CpuMsPerRequest)}{errors})"),
                typeName, refused && load.P50Ms < RefusalTargetMs && load.CpuMsPerRequest < RefusalTargetMs, load.P50Ms, baseline.P50Ms, "ms");
        }
    }

    private static string Cpu(double? milliseconds) => milliseconds is { } cpu ? F($"; {cpu:F2} CPU-ms/request") : string.Empty;

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
