using System.Globalization;
using Dot.Bench.Suites;

namespace Dot.Bench.Results;

/// <summary>
/// The load and fault suites' rows. What must hold is exactness: every accepted upload SUCCEEDED, no result lost and
/// none duplicated. Latencies under load are reported beside it, without a target of their own.
/// </summary>
public static class SuiteRows
{
    public static IEnumerable<TargetRow> From(LoadSuiteMeasurement? load, FaultMeasurement? faults)
    {
        if (load is not null)
        {
            var spec = load.Spec;
            yield return new TargetRow("load", F($"{spec.Clients} CI clients, {load.Sent} reports of {spec.ResultsPerReport:N0} results, dashboards querying"),
                "every accepted upload stored once", Stored(load.Accepted, load.Sent, load.RefusedByStatus, load.Stored),
                F($"{load.Stored.ExpectedResults:N0} results accepted in {load.Seconds:F0} s"), load.Stored.Exact, load.Stored.LostResults, 0, "results lost");
            yield return new TargetRow("load", "upload acceptance (202) p50 / p99", "reported",
                F($"{load.Acceptance.P50Ms:F0} / {load.Acceptance.P99Ms:F0} ms ({load.Acceptance.RequestsPerSecond:F1} uploads/s)"),
                F($"dashboards meanwhile p50 / p99 {load.Dashboards.P50Ms:F0} / {load.Dashboards.P99Ms:F0} ms, {load.Dashboards.Requests} requests, {load.Dashboards.Errors} errors"),
                null, load.Acceptance.P99Ms, load.Dashboards.P99Ms, "ms");
        }
        if (faults is null)
        {
            yield break;
        }
        var crash = faults.Crash;
        yield return new TargetRow("faults", F($"SIGKILL {crash.Kills} times while {crash.Sent} reports are sent, restarted on the same data"),
            "every accepted upload SUCCEEDED, each result once", Stored(crash.Accepted, crash.Sent, new Dictionary<int, int>(), crash.Stored),
            F($"{crash.Attempts} POSTs for {crash.Sent} reports in {crash.Seconds:F0} s"), crash.Stored.Exact && crash.Kills > 0, crash.Stored.LostResults, 0, "results lost");
        var full = faults.DiskFull;
        yield return full.SkippedBecause is { } reason
            ? new TargetRow("faults", "data disk full", "507 or 503, nothing corrupt, resumes with room", "skipped: " + reason, "", null, null, null, "")
            : new TargetRow("faults", "data disk full (48 MB tmpfs), then grown", "507 or 503, nothing corrupt, resumes with room",
                F($"refused \"{full.RefusalSentence}\" ({Refusals(full.RefusedByStatus)}); answering while full: {(full.AnsweredWhileFull ? "yes" : "NO")}; ") +
                F($"{full.AcceptedAfterRoom} accepted after room; ") + (full.Stored is { } stored ? Stored(full.Accepted, full.Sent, new Dictionary<int, int>(), stored) : ""),
                "", full.RefusedByStatus.Keys.Any(s => s is 507 or 503) && full.AnsweredWhileFull && full.AcceptedAfterRoom > 0 && full.Stored?.Exact == true,
                full.Stored?.LostResults, 0, "results lost");
        foreach (var row in OutageRows(faults.StoreOutage))
        {
            yield return row;
        }
    }

    private static IEnumerable<TargetRow> OutageRows(StoreOutageMeasurement outage)
    {
        const string Target = "fast 503 with Retry-After, readiness names the store, recovers without a restart";
        if (outage.SkippedBecause is { } reason)
        {
            yield return new TargetRow("faults", "a store unavailable", Target, "skipped: " + reason, "", null, null, null, "");
            yield break;
        }
        foreach (var o in outage.Outages)
        {
            yield return new TargetRow("faults", F($"{o.Store} killed for {o.Seconds:F0} s under load, then restarted"), Target,
                F($"uploads meanwhile: {Answers(o.Uploads)}; 503 p50 / p99 / max {o.RefusalP50Ms:F0} / {o.RefusalP99Ms:F0} / {o.RefusalMaxMs:F0} ms, ") +
                F($"{o.RefusalsWithRetryAfter} with Retry-After; ready: {o.ReadinessStatus} failing {string.Join(", ", o.FailingChecks)}"),
                F($"dashboards meanwhile: {Answers(o.Dashboards)}; ready again after {o.ReadyAfterSeconds:F1} s, uploads accepted after {o.AcceptingAfterSeconds:F1} s"),
                o.Holds, o.RefusalP99Ms, null, "ms");
        }
        if (outage.Stored is { } stored)
        {
            yield return new TargetRow("faults", F($"{outage.Sent} reports through both outages ({outage.Attempts} POSTs)"), "every accepted upload SUCCEEDED, each result once",
                Stored(outage.Accepted, outage.Sent, new Dictionary<int, int>(), stored), F($"{outage.Seconds:F0} s, the API never restarted"),
                stored.Exact, stored.LostResults, 0, "results lost");
        }
    }

    private static string Answers(IReadOnlyDictionary<string, int> answers) =>
        answers.Count == 0 ? "none" : string.Join(", ", answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => F($"{a.Value} × {(a.Key == "0" ? "no answer" : a.Key)}")));

    private static string Stored(int accepted, int sent, IReadOnlyDictionary<int, int> refused, StoredCounts stored) =>
        F($"{accepted} of {sent} accepted{(refused.Count > 0 ? " (refused: " + Refusals(refused) + ")" : "")}, {stored.Succeeded} SUCCEEDED") +
        (stored.NotSucceeded.Count > 0 ? F($", {stored.NotSucceeded.Count} not ({string.Join(", ", stored.NotSucceeded.Distinct())})") : "") +
        F($"; {stored.StoredResults:N0} of {stored.ExpectedResults:N0} results stored, {stored.LostResults:N0} lost, {stored.DuplicatedResults:N0} duplicated");

    private static string Refusals(IReadOnlyDictionary<int, int> refused) =>
        string.Join(", ", refused.OrderBy(r => r.Key).Select(r => F($"{r.Value} × {(r.Key == 0 ? "no answer" : r.Key.ToString(CultureInfo.InvariantCulture))}")));

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
