using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Dot.Bench.Api;
using Dot.Bench.Cli;
using Dot.Bench.Emulators;
using Dot.Bench.Generation;
using Dot.Bench.Results;

namespace Dot.Bench.Suites;

/// <summary>
/// The API with configuration on DynamoDB (dynalite) and raw files on S3 (s3rver), each emulator a process of its own
/// with its data in a folder, and the KMS double for the key check at start. CI clients upload (each report retried
/// with its Idempotency-Key until accepted) and dashboards query while first DynamoDB, then S3 crashes (every
/// connection reset, no write left half done: <see cref="NodeEmulators.CrashAsync"/>) and, after
/// <see cref="OutageLength"/>, is started again on the same port and data. Each outage records what the requests
/// started and answered within it got (503 with Retry-After, and how fast), what readiness said, and how long after
/// the restart uploads were accepted and readiness was back, with the API never restarted. At the end every accepted
/// upload must be SUCCEEDED, each result once.
/// </summary>
public static class StoreOutageScenario
{
    public static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(10);
    private const int MaxAttemptsPerReport = 400;
    private const int DashboardClients = 2;
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(5);

    public static async Task<StoreOutageMeasurement> RunAsync(
        string apiDll, IReadOnlyDictionary<string, string> environment, SuiteSpec spec, TextWriter log, CancellationToken cancellationToken, TimeSpan? outageLength = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(log);
        if (NodeEmulators.NotInstalled(BenchPaths.Root) is { } failure)
        {
            log.WriteLine($"[faults] store outages skipped: {failure}");
            return new StoreOutageMeasurement(failure, 0, 0, 0, [], null, 0);
        }
        var reports = ShardReports.Generate(spec.Reports, spec.ResultsPerReport, spec.Seed);
        var dataPath = Directory.CreateTempSubdirectory("dot-outage-").FullName;
        var stores = new Dictionary<string, EmulatedStore>(StringComparer.Ordinal);
        try
        {
            await using var kms = await KmsDouble.StartAsync();
            foreach (var name in (string[])["dynamodb", "s3"])
            {
                stores[name] = await EmulatedStore.StartAsync(name, Path.Combine(dataPath, name));
            }
            var settings = new Dictionary<string, string>(environment, StringComparer.Ordinal)
            {
                ["Storage:Config"] = "Aws",
                ["Storage:Raw"] = "Aws",
                ["Storage:Aws:Region"] = "eu-west-1",
                ["Storage:Aws:TableName"] = "dot-bench",
                ["Storage:Aws:BucketName"] = "dot-bench",
                ["Storage:Aws:KmsKeyId"] = KmsDouble.KeyArn,
                ["Storage:Aws:DynamoDb:ServiceUrl"] = stores["dynamodb"].Url.ToString(),
                ["Storage:Aws:S3:ServiceUrl"] = stores["s3"].Url.ToString(),
                ["Storage:Aws:Kms:ServiceUrl"] = kms.Url.ToString(),
                ["Storage:Aws:CreateResources"] = "true",
                // s3rver checks signatures with its own fixed key pair; dynalite and the KMS double take any.
                ["AWS_ACCESS_KEY_ID"] = "S3RVER",
                ["AWS_SECRET_ACCESS_KEY"] = "S3RVER",
            };
            await using var api = await ApiProcess.StartAsync(apiDll, settings, cancellationToken, Path.Combine(dataPath, "api"));
            using var owner = await DotApiClient.ConnectAsync(api.BaseUri, cancellationToken);
            using var http = DotApiClient.CreateHttp(api.BaseUri, spec.Clients + DashboardClients + 1);
            var datasetId = await owner.CreateDatasetAsync("outage", cancellationToken);
            var token = await owner.CreateUploadTokenAsync(datasetId, cancellationToken);

            var ledger = new UploadLedger();
            var uploads = new ConcurrentBag<TimedAnswer>();
            var started = Stopwatch.GetTimestamp();
            var next = -1;
            var sending = Task.WhenAll(Enumerable.Range(0, spec.Clients).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < reports.Count)
                {
                    UploadAttempt attempt;
                    var tries = 0;
                    do
                    {
                        var begun = Stopwatch.GetTimestamp();
                        attempt = await UploadAttempt.SendAsync(http, token, reports[i], $"outage-{i}", cancellationToken);
                        uploads.Add(new TimedAnswer(begun, Stopwatch.GetTimestamp(), attempt.Status, attempt.RetryAfter));
                        if (!attempt.Accepted)
                        {
                            await Task.Delay(RetryPause, cancellationToken);
                        }
                    }
                    while (!attempt.Accepted && ++tries < MaxAttemptsPerReport);
                    ledger.Record(attempt, datasetId, token, reports[i].Plan.Results);
                }
            }));
            using var stopDashboards = new CancellationTokenSource();
            var dashboards = new ConcurrentBag<TimedAnswer>();
            var querying = Task.WhenAll(Enumerable.Range(0, DashboardClients).Select(_ =>
                DashboardAnswers.QueryUntilAsync(http, owner.AccessToken, datasetId, dashboards, stopDashboards.Token)));

            var outages = new List<OutageMeasurement>();
            foreach (var (name, check) in new[] { ("dynamodb", "config"), ("s3", "raw") })
            {
                await WaitForAcceptedAsync(ledger, ledger.Accepted + Math.Max(1, reports.Count / 10), sending, cancellationToken);
                var outage = new StoreOutage(name, check, stores[name], outageLength ?? OutageLength);
                outages.Add(await outage.RunAsync(http, ledger, uploads, dashboards, log, cancellationToken));
            }
            await sending;
            await stopDashboards.CancelAsync();
            await querying;
            var stored = await ledger.SettleAsync(http, owner, SettleTimeout, cancellationToken);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[faults] store outages: {ledger.Accepted} of {ledger.Sent} accepted, {stored.StoredResults:N0} of {stored.ExpectedResults:N0} results stored"));
            return new StoreOutageMeasurement(null, ledger.Sent, uploads.Count, ledger.Accepted, outages, stored, seconds);
        }
        finally
        {
            foreach (var store in stores.Values)
            {
                await store.DisposeAsync();
            }
            Directory.Delete(dataPath, recursive: true);
        }
    }

    /// <summary>Waits until the ledger holds <paramref name="accepted"/> uploads, or all were sent; the outage then strikes with reports still to send.</summary>
    private static async Task WaitForAcceptedAsync(UploadLedger ledger, int accepted, Task sending, CancellationToken cancellationToken)
    {
        while (ledger.Accepted < accepted && !sending.IsCompleted)
        {
            await Task.Delay(100, cancellationToken);
        }
    }
}
