using System.Globalization;
using System.Net;
using Dot.Api.GraphQL;
using Dot.Bench.Api;
using Dot.Bench.Load;
using Dot.Bench.Results;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// The probe's hostile documents (<see cref="HostileDocuments"/>) against a fresh API process, each POSTed by one
/// client in a closed loop: F1's fragment fan-out at <see cref="FanOutLevels"/> levels and F2's repeated field up to
/// the body limit, each of which must be refused with 400 TOO_COMPLEX, next to <c>{ __typename }</c>. One client,
/// because what matters is the time and CPU one refusal costs, not throughput.
/// </summary>
internal static class HostileBenchmark
{
    public static readonly IReadOnlyList<int> FanOutLevels = [10, 20, 30, 60];

    public static async Task<HostileMeasurement> RunAsync(
        string apiDll, IReadOnlyDictionary<string, string> environment, LoadSpec spec, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(log);
        await using var api = await ApiProcess.StartAsync(apiDll, environment, cancellationToken);
        using var client = await DotApiClient.ConnectAsync(api.BaseUri, cancellationToken);
        using var http = DotApiClient.CreateHttp(api.BaseUri, 2);
        var oneClient = spec with { Clients = 1 };

        var typeName = new GraphQLAnswerProbe(http, client.AccessToken, "{ __typename }", HttpStatusCode.OK, null);
        var (typeNameStatus, _) = await typeName.AnswerAsync(cancellationToken);
        if (typeNameStatus != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{{ __typename }} answered {(int)typeNameStatus}.");
        }
        var baseline = await ClosedLoopLoad.RunAsync(typeName.SendAsync, oneClient, cancellationToken, () => api.CpuTime);

        var refusals = new List<RefusalMeasurement>();
        foreach (var (name, query) in Documents())
        {
            var probe = new GraphQLAnswerProbe(http, client.AccessToken, query, HttpStatusCode.BadRequest, ErrorCodes.TooComplex);
            var (status, code) = await probe.AnswerAsync(cancellationToken);
            var load = await ClosedLoopLoad.RunAsync(probe.SendAsync, oneClient, cancellationToken, () => api.CpuTime);
            refusals.Add(new RefusalMeasurement(name, probe.QueryBytes, (int)status, code, load));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[hostile] {name}: {(int)status} {code}, p50 {load.P50Ms:F1} ms, max {load.MaxMs:F1} ms"));
        }
        return new HostileMeasurement(baseline, refusals);
    }

    /// <summary>F1 at each level, then F2 from 1,000 repeats to the most the default body limit lets through.</summary>
    private static IEnumerable<(string Name, string Query)> Documents()
    {
        foreach (var levels in FanOutLevels)
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"F1 fragment fan-out, n = {levels}"), HostileDocuments.FragmentFanOut(levels));
        }
        int[] repeats = [1_000, 4_000, 12_000, HostileDocuments.MostRepeatsWithin(new GraphQLOptions().MaxRequestBytes)];
        foreach (var times in repeats)
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"F2 repeated field, {times:N0} times"), HostileDocuments.RepeatedField(times));
        }
    }
}
