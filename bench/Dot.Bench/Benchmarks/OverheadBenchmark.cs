using System.Net.Http.Headers;
using Dot.Bench.Api;
using Dot.Bench.Load;
using Dot.Bench.Results;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// GraphQL's cost over a bare endpoint in the same process: <c>GET /graphql?query={ __typename }</c> against
/// <c>GET /bench/bare</c> (the benchmark host, bench/Dot.Bench.Host, maps it beside Dot.Api's endpoints), both with the same bearer token so
/// both pay the same authentication, at the same concurrency, in alternating rounds so that a noisy neighbour hits both.
/// </summary>
internal static class OverheadBenchmark
{
    private const int Rounds = 3;

    public static async Task<OverheadMeasurement> RunAsync(DotApiClient client, Func<TimeSpan> apiCpu, LoadSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(spec);
        using var http = DotApiClient.CreateHttp(client.Http.BaseAddress!, Math.Max(spec.Clients, 16) * 2);
        var graphQL = new HttpProbe(http, () => Get("graphql?query=" + Uri.EscapeDataString("{ __typename }"), client.AccessToken), "\"errors\"");
        var bare = new HttpProbe(http, () => Get("bench/bare", client.AccessToken));
        await graphQL.CheckAsync(cancellationToken);
        await bare.CheckAsync(cancellationToken);

        var round = spec with { Duration = spec.Duration / Rounds, WarmUp = TimeSpan.Zero };
        await ClosedLoopLoad.RunAsync(graphQL.SendAsync, spec with { Duration = spec.WarmUp, WarmUp = TimeSpan.Zero }, cancellationToken);
        await ClosedLoopLoad.RunAsync(bare.SendAsync, spec with { Duration = spec.WarmUp, WarmUp = TimeSpan.Zero }, cancellationToken);
        var graphQLRounds = new List<LoadResult>();
        var bareRounds = new List<LoadResult>();
        for (var i = 0; i < Rounds; i++)
        {
            bareRounds.Add(await ClosedLoopLoad.RunAsync(bare.SendAsync, round, cancellationToken, apiCpu));
            graphQLRounds.Add(await ClosedLoopLoad.RunAsync(graphQL.SendAsync, round, cancellationToken, apiCpu));
        }
        return new OverheadMeasurement(graphQLRounds, bareRounds);
    }

    private static HttpRequestMessage Get(string path, string accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }
}
