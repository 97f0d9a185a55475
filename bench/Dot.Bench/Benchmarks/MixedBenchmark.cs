using System.Net;
using Dot.Bench.Api;
using Dot.Bench.Generation;
using Dot.Bench.Load;
using Dot.Bench.Results;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// Issue 15's mixed workload against one API process: N clients each asking a whole dashboard for a dataset of the
/// tenant drawn at random, first alone, then while a CI client posts a 5,000-result report every 250 ms into one of
/// those datasets; and the CI client alone before that, for its idle throughput. The CI client posts runs as a CI job
/// makes them, one after the other after everything stored (<see cref="CiTimeline.Now"/>), and the dashboards' window
/// ends "now", after them (<see cref="CiTimeline.EndAfter"/>). Then, reported beside it, the same with the CI
/// client's runs going into the middle of the window's last day among the stored ones (<see cref="CiTimeline.Backfill"/>),
/// the dashboards' window ending at that day's end. Each phase lasts the load spec's warm-up and duration.
/// </summary>
internal static class MixedBenchmark
{
    public static readonly TimeSpan CiInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<MixedMeasurement> RunAsync(
        DotApiClient client, Func<TimeSpan> apiCpu, IReadOnlyList<string> datasetIds, string ciDatasetId, TestCatalog catalog, int firstCiRun, ulong seed,
        LoadSpec spec, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(datasetIds);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(log);
        using var http = DotApiClient.CreateHttp(client.Http.BaseAddress!, spec.Clients * 2);
        var perPhase = (int)Math.Ceiling((spec.WarmUp + spec.Duration) / CiInterval);
        var now = await DashboardsAsync(http, client, QueryDocuments.DashboardUntil(CiTimeline.Now.EndAfter(2 * perPhase)), datasetIds, seed, log, cancellationToken);
        var backfill = await DashboardsAsync(http, client, QueryDocuments.Dashboard, datasetIds, seed, log, cancellationToken);

        var dashboardsAlone = await ClosedLoopLoad.RunAsync(now, spec, cancellationToken, apiCpu);
        var reports = ScaleWorkload.CiReports(catalog, 2 * perPhase, firstCiRun, CiTimeline.Now);
        var uploadToken = await client.CreateUploadTokenAsync(ciDatasetId, cancellationToken);
        var uploadsAlone = await PacedUploads.RunAsync(client, uploadToken, reports.Take(perPhase).ToList(), CiInterval, cancellationToken);
        var uploads = PacedUploads.RunAsync(client, uploadToken, reports.Skip(perPhase).ToList(), CiInterval, cancellationToken);
        var dashboards = await ClosedLoopLoad.RunAsync(now, spec, cancellationToken, apiCpu);
        var uploaded = await uploads;

        var backfillReports = ScaleWorkload.CiReports(catalog, perPhase, firstCiRun + 2 * perPhase, CiTimeline.Backfill);
        var backfillUploads = PacedUploads.RunAsync(client, uploadToken, backfillReports, CiInterval, cancellationToken);
        var backfillDashboards = await ClosedLoopLoad.RunAsync(backfill, spec, cancellationToken, apiCpu);
        return new MixedMeasurement(datasetIds.Count, dashboardsAlone, dashboards, uploadsAlone, uploaded, new(backfillDashboards, await backfillUploads));
    }

    /// <summary>Sends <paramref name="document"/> for a dataset drawn at random each time; each dataset's dashboard is asked once first, and a failure logged.</summary>
    private static async Task<Func<CancellationToken, Task<bool>>> DashboardsAsync(
        HttpClient http, DotApiClient client, string document, IReadOnlyList<string> datasetIds, ulong seed, TextWriter log, CancellationToken cancellationToken)
    {
        var probes = datasetIds.Select(id => new GraphQLAnswerProbe(http, client.AccessToken, document, HttpStatusCode.OK, null, new { datasetId = id })).ToList();
        foreach (var (probe, id) in probes.Zip(datasetIds))
        {
            var (status, code) = await probe.AnswerAsync(cancellationToken);
            if (status != HttpStatusCode.OK || code is not null)
            {
                // Counted as errors in every phase: a dashboard the store cannot answer is a finding, not a wrong probe.
                log.WriteLine($"[scale] the dashboard of {id} answered {(int)status} {code}");
            }
        }
        long sent = 0;
        return token => probes[Determinism.Pick(Determinism.Hash(seed, Interlocked.Increment(ref sent)), probes.Count)].SendAsync(token);
    }
}
