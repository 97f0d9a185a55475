using Dot.Domain.Identifiers;
using Dot.Domain.Results;

namespace Dot.Tests.Storage.DuckDb;

/// <summary>
/// A seeded history for the slowest tests: runs through six days (one just before a midnight) of tests whose durations
/// tie exactly (the same constant, or values rounded to whole milliseconds), overlap widely, hide one huge outlier
/// under a small 95th percentile (so the mean ranks them wrongly), run only once or twice, or are skipped with long
/// durations that must not count.
/// </summary>
public sealed class SlowTestWorkload(int seed)
{
    private const int Tests = 40;

    private readonly Random _random = new(seed);

    public IReadOnlyList<RollupWrite> Writes(string tenantId, string datasetId)
    {
        var runs = Enumerable.Range(0, RollupWorkload.Days * 3)
            .Select(run => RollupWorkload.FirstDay.AddDays(run / 3).AddMinutes(run % 3 == 2 ? 1437 : _random.Next(1380)));
        return runs.Select((start, run) =>
        {
            var uploadId = OpaqueId.New("upl");
            var results = Enumerable.Range(0, Tests).Where(test => test % 5 != 4 || run % 7 == 0)
                .Select(test => Result(tenantId, datasetId, uploadId, $"run-{run}", test, start.AddSeconds(test)));
            return new RollupWrite(tenantId, uploadId, results.ToList());
        }).ToList();
    }

    private TestResultDocument Result(string tenantId, string datasetId, string uploadId, string runKey, int test, DateTimeOffset at)
    {
        var status = _random.Next(10) switch { 0 => TestStatus.Skipped, 1 => TestStatus.Failed, _ => TestStatus.Passed };
        return new TestResultDocument(
            tenantId, datasetId, uploadId, runKey, Environment: "ci", Suite: test % 6 == 0 ? null : $"suite {test % 2}",
            ClassName: $"Class{test % 3}", Name: $"test {test}", status, DurationMs: status is TestStatus.Skipped ? 100_000 : Duration(test),
            FailureMessage: null, FailureType: null, Timestamp: at, Flaky: false, UploadedAt: at);
    }

    private double Duration(int test) => (test % 5) switch
    {
        0 => 300,
        1 => Math.Round(20 * (1 + test) * Math.Exp(0.35 * Normal())),
        2 => 100 * Math.Exp(2 * _random.NextDouble()),
        3 => _random.Next(60) == 0 ? 50_000 : 40 + _random.Next(3),
        _ => Math.Round(200 * _random.NextDouble()),
    };

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
