using System.Collections.Concurrent;
using Dot.Bench.Api;

namespace Dot.Bench.Suites;

/// <summary>
/// What a suite sent and what the API said it accepted, per dataset; at the end, what the store holds: each accepted
/// upload's final status, and each dataset's stored results against the results of its accepted reports. Lost is
/// what was accepted but is not there; duplicated is what is there more than once.
/// </summary>
internal sealed class UploadLedger
{
    private readonly ConcurrentDictionary<string, (string DatasetId, string Token, long Results)> _accepted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, int> _refusedByStatus = new();
    private int _sent;

    public int Sent => _sent;

    public int Accepted => _accepted.Count;

    public IReadOnlyDictionary<int, int> RefusedByStatus => _refusedByStatus;

    public void Record(UploadAttempt attempt, string datasetId, string token, long results)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        Interlocked.Increment(ref _sent);
        if (attempt.Accepted)
        {
            _accepted[attempt.UploadId!] = (datasetId, token, results);
        }
        else
        {
            _refusedByStatus.AddOrUpdate(attempt.Status, 1, (_, n) => n + 1);
        }
    }

    /// <summary>Waits until every accepted upload is finished (or the timeout), then counts what the store holds.</summary>
    public async Task<StoredCounts> SettleAsync(HttpClient http, DotApiClient owner, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + timeout;
        foreach (var (id, (_, token, _)) in _accepted)
        {
            string status;
            while ((status = await StatusAsync(http, token, id, cancellationToken)) is "QUEUED" or "PROCESSING" && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }
            statuses[id] = status;
        }
        long expected = 0, stored = 0, lost = 0, duplicated = 0;
        foreach (var dataset in _accepted.Values.GroupBy(a => a.DatasetId))
        {
            var datasetExpected = dataset.Sum(a => a.Results);
            var datasetStored = await owner.TestSummaryTotalAsync(dataset.Key, cancellationToken);
            (expected, stored) = (expected + datasetExpected, stored + datasetStored);
            (lost, duplicated) = (lost + Math.Max(0, datasetExpected - datasetStored), duplicated + Math.Max(0, datasetStored - datasetExpected));
        }
        var notSucceeded = statuses.Where(s => s.Value != "SUCCEEDED").Select(s => s.Value).ToList();
        return new StoredCounts(statuses.Count - notSucceeded.Count, notSucceeded, expected, stored, lost, duplicated);
    }

    private static async Task<string> StatusAsync(HttpClient http, string token, string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            return (await DotApiClient.UploadStatusAsync(http, token, uploadId, cancellationToken)).GetProperty("status").GetString() ?? "?";
        }
        catch (HttpRequestException)
        {
            return "UNREACHABLE";
        }
    }
}

/// <summary>The store's side of a suite's ledger; lost and duplicated results are counted per dataset, so they cannot cancel out.</summary>
public sealed record StoredCounts(int Succeeded, IReadOnlyList<string> NotSucceeded, long ExpectedResults, long StoredResults, long LostResults, long DuplicatedResults)
{
    public bool Exact => NotSucceeded.Count == 0 && LostResults == 0 && DuplicatedResults == 0;
}
