using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dot.Bench.Api;
using Dot.Bench.Load;
using Dot.Bench.Results;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using Microsoft.Extensions.Options;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// Each <see cref="QueryDocuments"/> entry over the ingested results, through POST /graphql of the real API process
/// with keep-alive connections: one client, then N clients, each phase bounded in time and count after a warm-up.
/// The in-process baseline runs the store's query directly on the same DuckDB file once the API has stopped.
/// </summary>
internal static class QueryBenchmark
{
    /// <summary>
    /// Each document at 1 and N clients. When a document's first answer is an error, <c>keepGoing: false</c> throws
    /// with it (a wrong probe fails loudly); <c>true</c> records the failure as the document's measurement and goes on
    /// (the scale benchmark, where a store that fails at ten million results is a finding).
    /// </summary>
    public static async Task<IReadOnlyList<QueryMeasurement>> RunAsync(
        DotApiClient client, Func<TimeSpan> apiCpu, string datasetId, long results, LoadSpec spec, CancellationToken cancellationToken, bool keepGoing = false)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(spec);
        using var http = DotApiClient.CreateHttp(client.Http.BaseAddress!, Math.Max(spec.Clients, 16) * 2);
        var measurements = new List<QueryMeasurement>();
        foreach (var document in QueryDocuments.All)
        {
            var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = document.Query, variables = new { datasetId } }));
            var probe = new HttpProbe(http, () => GraphQLRequest(body, client.AccessToken), "\"errors\"");
            try
            {
                await probe.CheckAsync(cancellationToken);
            }
            catch (InvalidOperationException exception) when (keepGoing)
            {
                var failed = LoadResult.From(1, [], 1, 0, null);
                measurements.Add(new QueryMeasurement(document.Name, results, failed, failed with { Clients = spec.Clients }, null, null, exception.Message));
                continue;
            }
            var single = await ClosedLoopLoad.RunAsync(probe.SendAsync, spec with { Clients = 1 }, cancellationToken, apiCpu);
            var concurrent = await ClosedLoopLoad.RunAsync(probe.SendAsync, spec, cancellationToken, apiCpu);
            measurements.Add(new QueryMeasurement(document.Name, results, single, concurrent, null, null));
        }
        return measurements;
    }

    /// <summary>Adds the in-process baselines: the store's call for each document that names one, on the API's stopped data folder.</summary>
    public static async Task<IReadOnlyList<QueryMeasurement>> AddInProcessAsync(
        IReadOnlyList<QueryMeasurement> measurements, string dataPath, string tenantId, string datasetId, LoadSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(spec);
        await using var store = new DuckDbAnalyticsStore(Options.Create(new EmbeddedStorageOptions { Path = dataPath }));
        var completed = new List<QueryMeasurement>();
        foreach (var measurement in measurements)
        {
            if (QueryDocuments.All.FirstOrDefault(d => d.Name == measurement.Name)?.InProcess is not { } call)
            {
                completed.Add(measurement);
                continue;
            }
            async Task<bool> SendAsync(CancellationToken token)
            {
                await call(store, tenantId, datasetId, token);
                return true;
            }
            var single = await ClosedLoopLoad.RunAsync(SendAsync, spec with { Clients = 1 }, cancellationToken, CpuClock.CurrentProcess);
            var concurrent = await ClosedLoopLoad.RunAsync(SendAsync, spec, cancellationToken, CpuClock.CurrentProcess);
            completed.Add(measurement with { InProcessOneCaller = single, InProcessConcurrent = concurrent });
        }
        return completed;
    }

    private static HttpRequestMessage GraphQLRequest(byte[] body, string accessToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("graphql", UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }
}
