using Dot.Domain.Identifiers;
using Dot.Domain.Results;

namespace Dot.Tests.Storage.DuckDb;

/// <summary>An upload's results to store, or (with no results) the upload to delete.</summary>
public sealed record RollupWrite(string TenantId, string UploadId, IReadOnlyList<TestResultDocument>? Results);

/// <summary>
/// A seeded history of writes that exercises everything the rollups must follow: runs sent in shards that repeat
/// tests (supersession and the flaky flag of a later shard), tests re-run inside a report (the flag), runs without a
/// key, uploads carrying two runs, runs across the last day's midnight (one test's executions of a run on two days), uploads in shuffled order (a day older
/// than what is stored) or, <paramref name="inTimeOrder"/>, as CI sends them (each run's uploads after the earlier
/// runs'), retries that replace an upload with other
/// outcomes, and deletes.
/// </summary>
public sealed class RollupWorkload(int seed, bool inTimeOrder = false)
{
    public static readonly DateTimeOffset FirstDay = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public const int Days = 6;

    private const int Tests = 12;

    private readonly Random _random = new(seed);

    public IReadOnlyList<RollupWrite> Writes(IReadOnlyList<(string TenantId, string DatasetId)> datasets)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        var uploads = datasets.SelectMany(dataset => Enumerable.Range(0, 18).SelectMany(run => Run(dataset.TenantId, dataset.DatasetId, run))).ToList();
        var writes = (inTimeOrder ? uploads.OrderBy(upload => upload.Results!.Min(result => result.Timestamp)) : uploads.OrderBy(_ => _random.Next())).ToList();
        foreach (var retried in writes.Where(_ => _random.Next(8) == 0).ToList())
        {
            var results = retried.Results!;
            writes.Add(retried with { Results = results.Select(result => Outcome(result, Status())).ToList() });
        }
        writes.AddRange(writes.Where(_ => _random.Next(10) == 0).Select(deleted => deleted with { Results = null }).ToList());
        var received = FirstDay.AddDays(Days + 1);
        return writes.Select((write, i) => write with { Results = write.Results?.Select(result => result with { UploadedAt = received.AddMinutes(i) }).ToList() }).ToList();
    }

    private IEnumerable<RollupWrite> Run(string tenantId, string datasetId, int run)
    {
        // Runs start from 00:00 to 23:00; on the last day some start before midnight and end after it.
        var day = _random.Next(Days);
        var start = FirstDay.AddDays(day).AddMinutes(day == Days - 1 && _random.Next(3) == 0 ? 1430 + _random.Next(10) : _random.Next(1380));
        var runKey = _random.Next(3) == 0 ? null : $"run-{run}";
        var shards = runKey is null ? 1 : _random.Next(1, 4);
        for (var shard = 0; shard < shards; shard++)
        {
            var uploadId = OpaqueId.New("upl");
            var results = new List<TestResultDocument>();
            foreach (var test in Enumerable.Range(0, Tests).Where(_ => shard == 0 || _random.Next(3) == 0))
            {
                var at = start.AddSeconds(test * 7 + shard * 120);
                var result = Result(tenantId, datasetId, uploadId, runKey, test, at);
                results.Add(result);
                if (result.Status is TestStatus.Failed && _random.Next(2) == 0)
                {
                    results.Add(Outcome(result, TestStatus.Passed) with { Timestamp = at.AddMinutes(3), Flaky = true });
                }
            }
            if (shards == 1 && runKey is not null && _random.Next(3) == 0)
            {
                // One upload carrying two runs: every test again, 40 minutes later, under a run key of its own.
                results.AddRange(results.Where(result => !result.Flaky).Select(result =>
                    Outcome(result, Status()) with { RunKey = $"{runKey} again", Timestamp = result.Timestamp.AddMinutes(40) }).ToList());
            }
            yield return new RollupWrite(tenantId, uploadId, results);
        }
    }

    private TestResultDocument Result(string tenantId, string datasetId, string uploadId, string? runKey, int test, DateTimeOffset at) =>
        Outcome(
            new TestResultDocument(
                tenantId, datasetId, uploadId, runKey, Environment: "ci", Suite: test % 4 == 0 ? null : $"suite {test % 2}",
                ClassName: $"Class{test % 3}", Name: $"test {test}", TestStatus.Passed, DurationMs: Duration(test), FailureMessage: null,
                FailureType: null, Timestamp: at, Flaky: false, UploadedAt: at),
            Status());

    private TestResultDocument Outcome(TestResultDocument result, TestStatus status) =>
        result with
        {
            Status = status,
            Flaky = false,
            DurationMs = status is TestStatus.Skipped ? 0 : result.DurationMs * (0.5 + _random.NextDouble()),
            FailureMessage = status is TestStatus.Failed or TestStatus.Errored ? Message() : null,
            FailureType = status is TestStatus.Failed or TestStatus.Errored ? "AssertionError" : null,
        };

    private TestStatus Status() => _random.Next(100) switch
    {
        < 70 => TestStatus.Passed,
        < 88 => TestStatus.Failed,
        < 93 => TestStatus.Errored,
        _ => TestStatus.Skipped,
    };

    private string? Message() => _random.Next(4) switch
    {
        0 => null,
        1 => $"expected {_random.Next(5)}, got {_random.Next(5)}",
        2 => $"Timeout after {_random.Next(100, 999)} ms",
        _ => "connection refused",
    };

    private double Duration(int test) => Math.Round(Math.Exp(test % 5 + _random.NextDouble() * 3), 3);
}
