using System.Globalization;
using System.Net;
using Dot.Bench.Api;
using Dot.Bench.Generation;
using Dot.Bench.Results;

namespace Dot.Bench.Suites;

/// <summary>
/// The API's data folder on a small tmpfs: reports are sent until the API refuses one for want of space, the API must
/// keep answering, then the folder grows and the next reports must be accepted and every accepted upload must end
/// SUCCEEDED with each result once (an upload that met the full disk in the worker waits in the queue meanwhile).
/// </summary>
internal static class DiskFullScenario
{
    private const int FolderMegabytes = 48;
    private const int GrownMegabytes = 2048;
    private const int ReportsAfterRoom = 3;

    /// <summary>Enough reports of 2,000 results (about 0.4 MB each, raw and indexed) to fill the folder several times over.</summary>
    private const int MinimumReports = 400;
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(3);

    public static async Task<DiskFullMeasurement> RunAsync(
        string apiDll, IReadOnlyDictionary<string, string> environment, SuiteSpec spec, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(log);
        var (folder, failure) = await SizeLimitedFolder.TryMountAsync(FolderMegabytes);
        if (folder is null)
        {
            log.WriteLine($"[faults] disk full skipped: {failure}");
            return new DiskFullMeasurement(failure, 0, 0, new Dictionary<int, int>(), null, false, 0, null);
        }
        await using (folder)
        {
            var reports = ShardReports.Generate(Math.Max(spec.Reports, MinimumReports), spec.ResultsPerReport, spec.Seed);
            await using var api = await ApiProcess.StartAsync(apiDll, environment, cancellationToken, folder.Path);
            using var owner = await DotApiClient.ConnectAsync(api.BaseUri, cancellationToken);
            using var http = DotApiClient.CreateHttp(api.BaseUri, 2);
            var datasetId = await owner.CreateDatasetAsync("disk-full", cancellationToken);
            var token = await owner.CreateUploadTokenAsync(datasetId, cancellationToken);
            var ledger = new UploadLedger();
            string? sentence = null;
            var next = 0;
            while (next < reports.Count)
            {
                var attempt = await UploadAttempt.SendAsync(http, token, reports[next], $"full-{next}", cancellationToken);
                ledger.Record(attempt, datasetId, token, reports[next++].Plan.Results);
                if (attempt.Status is (int)HttpStatusCode.InsufficientStorage or (int)HttpStatusCode.ServiceUnavailable)
                {
                    sentence = attempt.Error;
                    break;
                }
            }
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[faults] disk full after {ledger.Accepted} accepted uploads: {sentence ?? "never refused"}"));
            var answered = await AnswersAsync(http, owner, datasetId, cancellationToken);

            await folder.GrowAsync(GrownMegabytes);
            var acceptedAfterRoom = 0;
            for (var k = 0; k < ReportsAfterRoom && next < reports.Count; k++, next++)
            {
                var attempt = await UploadAttempt.SendAsync(http, token, reports[next], $"full-{next}", cancellationToken);
                ledger.Record(attempt, datasetId, token, reports[next].Plan.Results);
                acceptedAfterRoom += attempt.Accepted ? 1 : 0;
            }
            var stored = await ledger.SettleAsync(http, owner, SettleTimeout, cancellationToken);
            return new DiskFullMeasurement(null, ledger.Sent, ledger.Accepted, ledger.RefusedByStatus, sentence, answered, acceptedAfterRoom, stored);
        }
    }

    /// <summary>Whether the API still answers its health check and a dashboard query while its disk is full.</summary>
    private static async Task<bool> AnswersAsync(HttpClient http, DotApiClient owner, string datasetId, CancellationToken cancellationToken)
    {
        try
        {
            using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken);
            await owner.TestSummaryTotalAsync(datasetId, cancellationToken);
            return health.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or KeyNotFoundException)
        {
            return false;
        }
    }
}
