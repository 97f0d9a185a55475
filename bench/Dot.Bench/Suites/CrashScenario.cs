using System.Diagnostics;
using System.Globalization;
using Dot.Bench.Api;
using Dot.Bench.Generation;
using Dot.Bench.Results;

namespace Dot.Bench.Suites;

/// <summary>
/// CI clients send reports while the API is killed with SIGKILL at random moments (1-4 s apart) and restarted on the
/// same data folder and port, as a supervisor would; a client whose request fails sends it again with the same
/// Idempotency-Key until it is accepted. The kills go on after the last report is accepted until there have been at
/// least <see cref="MinimumKills"/>, so some land in the middle of processing. At the end every accepted upload must be
/// SUCCEEDED, each result stored once.
/// </summary>
internal static class CrashScenario
{
    private const int MaxAttemptsPerReport = 200;
    private const int MinimumKills = 3;
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(10);

    public static async Task<CrashMeasurement> RunAsync(
        string apiDll, IReadOnlyDictionary<string, string> environment, SuiteSpec spec, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(log);
        var reports = ShardReports.Generate(spec.Reports, spec.ResultsPerReport, spec.Seed);
        var dataPath = Directory.CreateTempSubdirectory("dot-crash-").FullName;
        var api = await ApiProcess.StartAsync(apiDll, environment, cancellationToken, dataPath);
        try
        {
            string datasetId, token;
            using (var setup = await DotApiClient.ConnectAsync(api.BaseUri, cancellationToken))
            {
                datasetId = await setup.CreateDatasetAsync("crash", cancellationToken);
                token = await setup.CreateUploadTokenAsync(datasetId, cancellationToken);
            }
            using var http = DotApiClient.CreateHttp(api.BaseUri, spec.Clients);
            var ledger = new UploadLedger();
            var attempts = 0;
            var next = -1;
            var started = Stopwatch.GetTimestamp();
            var sending = Task.WhenAll(Enumerable.Range(0, spec.Clients).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < reports.Count)
                {
                    UploadAttempt attempt;
                    var tries = 0;
                    do
                    {
                        attempt = await UploadAttempt.SendAsync(http, token, reports[i], $"crash-{i}", cancellationToken);
                        Interlocked.Increment(ref attempts);
                        if (!attempt.Accepted)
                        {
                            await Task.Delay(250, cancellationToken);
                        }
                    }
                    while (!attempt.Accepted && ++tries < MaxAttemptsPerReport);
                    ledger.Record(attempt, datasetId, token, reports[i].Plan.Results);
                }
            }));

            var random = new Random((int)(spec.Seed % int.MaxValue));
            var kills = 0;
            while (!sending.IsCompleted || kills < MinimumKills)
            {
                var pause = Task.Delay(random.Next(1000, 4000), cancellationToken);
                await (sending.IsCompleted ? pause : Task.WhenAny(sending, pause));
                if (sending.IsCompleted && kills >= MinimumKills)
                {
                    break;
                }
                await api.KillAsync();
                kills++;
                var port = api.BaseUri.Port;
                await api.DisposeAsync();
                api = await ApiProcess.StartAsync(apiDll, environment, cancellationToken, dataPath, port);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[faults] kill {kills}: {ledger.Accepted} of {reports.Count} accepted so far"));
            }
            await sending;

            using var owner = await DotApiClient.ConnectAsync(api.BaseUri, cancellationToken);
            var stored = await ledger.SettleAsync(http, owner, SettleTimeout, cancellationToken);
            return new CrashMeasurement(kills, ledger.Sent, attempts, ledger.Accepted, stored, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        finally
        {
            await api.DisposeAsync();
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
