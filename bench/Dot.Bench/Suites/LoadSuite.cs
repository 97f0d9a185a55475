using System.Diagnostics;
using System.Globalization;
using Dot.Bench.Api;
using Dot.Bench.Generation;
using Dot.Bench.Load;
using Dot.Bench.Results;

namespace Dot.Bench.Suites;

/// <summary>
/// CI clients upload generated reports as fast as the API accepts them, into four datasets of one tenant, while
/// dashboard clients ask a whole dashboard of a random dataset in a closed loop. Then every accepted upload must end
/// SUCCEEDED and each dataset must hold exactly the results of its accepted reports.
/// </summary>
internal static class LoadSuite
{
    private const int Datasets = 4;
    private const int DashboardClients = 4;
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(15);

    private static readonly string Window = F($"from: \"{Workloads.WindowEnd - Workloads.Window:O}\", to: \"{Workloads.WindowEnd:O}\"");

    /// <summary>A whole dashboard in one request, over the generator's 90 days.</summary>
    private static readonly string Dashboard =
        $"query($id: ID!) {{ testSummary(datasetId: $id) {{ total passRate }} passRateTrend(datasetId: $id, interval: DAY, {Window}) {{ bucket passRate }} " +
        $"flakyTests(datasetId: $id, first: 10, {Window}) {{ name flakyRuns }} }}";

    public static async Task<LoadSuiteMeasurement> RunAsync(
        string apiDll, IReadOnlyDictionary<string, string> environment, SuiteSpec spec, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(log);
        var reports = ShardReports.Generate(spec.Reports, spec.ResultsPerReport, spec.Seed);
        log.WriteLine(F($"[load] generated {reports.Count} reports, {reports.Sum(r => r.Plan.Results):N0} results, {reports.Sum(r => (long)r.Bytes.Length) / 1e6:F0} MB"));
        await using var api = await ApiProcess.StartAsync(apiDll, environment, cancellationToken);
        using var owner = await DotApiClient.ConnectAsync(api.BaseUri, cancellationToken);
        using var http = DotApiClient.CreateHttp(api.BaseUri, spec.Clients + DashboardClients);
        var targets = new List<(string DatasetId, string Token)>();
        for (var d = 0; d < Datasets; d++)
        {
            var datasetId = await owner.CreateDatasetAsync($"load-{d}", cancellationToken);
            targets.Add((datasetId, await owner.CreateUploadTokenAsync(datasetId, cancellationToken)));
        }

        var ledger = new UploadLedger();
        var acceptance = new List<long>();
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        using var uploading = new CancellationTokenSource();
        var dashboards = DashboardLoadAsync(http, owner.AccessToken, targets.Select(t => t.DatasetId).ToList(), uploading.Token);
        await Task.WhenAll(Enumerable.Range(0, spec.Clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < reports.Count)
            {
                var (datasetId, token) = targets[i % Datasets];
                var attempt = await UploadAttempt.SendAsync(http, token, reports[i], $"load-{i}", cancellationToken);
                ledger.Record(attempt, datasetId, token, reports[i].Plan.Results);
                lock (acceptance)
                {
                    acceptance.Add((long)(attempt.Milliseconds * Stopwatch.Frequency / 1000));
                }
            }
        }));
        var sendSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await uploading.CancelAsync();
        var dashboard = await dashboards;
        log.WriteLine(F($"[load] sent {ledger.Sent} in {sendSeconds:F1} s, {ledger.Accepted} accepted; dashboards p99 {dashboard.P99Ms:F0} ms"));
        var stored = await ledger.SettleAsync(http, owner, SettleTimeout, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        log.WriteLine(F($"[load] settled in {seconds:F1} s: {stored.StoredResults:N0} of {stored.ExpectedResults:N0} results stored"));
        return new LoadSuiteMeasurement(spec, ledger.Sent, ledger.Accepted, ledger.RefusedByStatus, stored,
            LoadResult.From(spec.Clients, [.. acceptance], ledger.Sent - ledger.Accepted, sendSeconds, null), dashboard, seconds);
    }

    private static async Task<LoadResult> DashboardLoadAsync(HttpClient http, string accessToken, List<string> datasets, CancellationToken stop)
    {
        var latencies = new List<long>();
        long errors = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, DashboardClients).Select(async c =>
        {
            var random = new Random(c);
            while (!stop.IsCancellationRequested)
            {
                var probe = new GraphQLAnswerProbe(http, accessToken, Dashboard, System.Net.HttpStatusCode.OK, null, new { id = datasets[random.Next(datasets.Count)] });
                var begun = Stopwatch.GetTimestamp();
                var ok = await probe.SendAsync(CancellationToken.None);
                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetTimestamp() - begun);
                    errors += ok ? 0 : 1;
                }
            }
        }));
        return LoadResult.From(DashboardClients, [.. latencies], errors, Stopwatch.GetElapsedTime(started).TotalSeconds, null);
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
