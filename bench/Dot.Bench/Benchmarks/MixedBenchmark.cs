using System.Net;
using Dot.Bench.Api;
using Dot.Bench.Generation;
using Dot.Bench.Load;
using Dot.Bench.Results;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// Issue 15's mixed workload against one API process: N clients each asking a whole dashboard
/// (<see cref="QueryDocuments.Dashboard"/>) for a dataset of the tenant drawn at random, first alone, then while a CI
/// client posts a 5,000-result report every 250 ms into one of those datasets; and the CI client alone before that,
/// for its idle throughput. Each phase lasts the load spec's warm-up and duration.
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
        var probes = datasetIds.Select(id => new GraphQLAnswerProbe(http, client.AccessToken, QueryDocuments.Dashboard, HttpStatusCode.OK, null, new { datasetId = id })).ToList();
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
        Task<bool> SendAsync(CancellationToken token) =>
            probes[Determinism.Pick(Determinism.Hash(seed, Interlocked.Increment(ref sent)), probes.Count)].SendAsync(token);

        var dashboardsAlone = await ClosedLoopLoad.RunAsync(SendAsync, spec, cancellationToken, apiCpu);
        var perPhase = (int)Math.Ceiling((spec.WarmUp + spec.Duration) / CiInterval);
        var reports = ScaleWorkload.CiReports(catalog, 2 * perPhase, firstCiRun);
        var uploadToken = await client.CreateUploadTokenAsync(ciDatasetId, cancellationToken);
        var uploadsAlone = await PacedUploads.RunAsync(client, uploadToken, reports.Take(perPhase).ToList(), CiInterval, cancellationToken);
        var uploads = PacedUploads.RunAsync(client, uploadToken, reports.Skip(perPhase).ToList(), CiInterval, cancellationToken);
        var dashboards = await ClosedLoopLoad.RunAsync(SendAsync, spec, cancellationToken, apiCpu);
        return new MixedMeasurement(datasetIds.Count, dashboardsAlone, dashboards, uploadsAlone, await uploads);
    }
}
