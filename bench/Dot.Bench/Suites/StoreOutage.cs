using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dot.Bench.Results;

namespace Dot.Bench.Suites;

/// <summary>
/// One store crashed under the running API for a while and started again: what readiness said meanwhile, what the
/// requests begun and answered while it was down got, and how long after its restart readiness was back and an upload
/// was accepted again.
/// </summary>
internal sealed class StoreOutage(string name, string readinessCheck, EmulatedStore store, TimeSpan length)
{
    private static readonly TimeSpan ReadinessAfter = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromMinutes(2);

    public async Task<OutageMeasurement> RunAsync(
        HttpClient http, UploadLedger ledger, ConcurrentBag<TimedAnswer> uploads, ConcurrentBag<TimedAnswer> dashboards, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        var acceptedBefore = ledger.Accepted;
        var crashed = Stopwatch.GetTimestamp();
        await store.CrashAsync();
        log.WriteLine(F($"[faults] {name} crashed with {acceptedBefore} uploads accepted"));
        await Task.Delay(ReadinessAfter, cancellationToken);
        var (readyStatus, failing) = await ReadinessAsync(http, cancellationToken);
        await Task.Delay(length - ReadinessAfter, cancellationToken);
        var restarted = Stopwatch.GetTimestamp();
        await store.RestartAsync();
        var readyAgain = await SecondsUntilAsync(restarted, async () => (await ReadinessAsync(http, cancellationToken)).Status == 200, cancellationToken);
        var acceptedAgain = await SecondsUntilAsync(
            restarted, () => Task.FromResult(uploads.Any(u => u.Began >= restarted && u.Status is 200 or 202)), cancellationToken);
        log.WriteLine(F($"[faults] {name} back: ready after {readyAgain:F1} s, uploads accepted after {acceptedAgain:F1} s"));

        var refusedUploads = uploads.Where(u => u.Within(crashed, restarted)).ToList();
        var refusals = refusedUploads.Where(u => u.Status == 503).Select(u => u.Milliseconds).Order().ToList();
        return new OutageMeasurement(
            name, length.TotalSeconds, readyStatus, failing, readinessCheck,
            Outcomes(refusedUploads), Percentile(refusals, 0.50), Percentile(refusals, 0.99), refusals.Count == 0 ? null : refusals[^1],
            refusedUploads.Count(u => u.Status == 503 && u.RetryAfter is not null),
            Outcomes(dashboards.Where(d => d.Within(crashed, restarted))), readyAgain, acceptedAgain);
    }

    private static async Task<(int Status, IReadOnlyList<string> Failing)> ReadinessAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("healthz/ready", UriKind.Relative), cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var failing = body.GetProperty("checks").EnumerateObject().Where(c => c.Value.GetProperty("status").GetString() != "ok").Select(c => c.Name).ToList();
            return ((int)response.StatusCode, failing);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or KeyNotFoundException)
        {
            return (0, []);
        }
    }

    /// <summary>Seconds from <paramref name="since"/> until <paramref name="holds"/> (polled every 100 ms), or null when it did not within the timeout.</summary>
    private static async Task<double?> SecondsUntilAsync(long since, Func<Task<bool>> holds, CancellationToken cancellationToken)
    {
        while (!await holds())
        {
            if (Stopwatch.GetElapsedTime(since) > RecoveryTimeout)
            {
                return null;
            }
            await Task.Delay(100, cancellationToken);
        }
        return Stopwatch.GetElapsedTime(since).TotalSeconds;
    }

    private static Dictionary<string, int> Outcomes(IEnumerable<TimedAnswer> answers) =>
        answers.GroupBy(a => a.Outcome).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static double? Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
