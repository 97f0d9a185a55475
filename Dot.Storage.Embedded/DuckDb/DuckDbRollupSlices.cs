namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The days of each dataset a write changed, as one span per dataset from the earliest to the latest execution time
/// it saw (a write nearly always touches one or two adjacent days): what <see cref="DuckDbStaleDays"/> marks stale.
/// </summary>
internal sealed class DuckDbRollupSlices
{
    private readonly Dictionary<string, (DateTime First, DateTime Last)> _spans = new(StringComparer.Ordinal);
    private string? _lastDataset;
    private (DateTime First, DateTime Last) _last;

    // TIMESTAMP keeps microseconds: a time a tick before midnight may be stored as midnight, so each end reaches a
    // microsecond further before its day is taken.
    private static readonly TimeSpan Rounding = TimeSpan.FromMicroseconds(1);

    /// <summary>Per dataset, the earliest execution time seen, and the first and last day that may hold an execution seen.</summary>
    public IEnumerable<(string DatasetId, DateTime First, DateTime FirstDay, DateTime LastDay)> Spans =>
        Current().Select(pair => (pair.Key, pair.Value.First, FirstDay(pair.Value), LastDay(pair.Value)));

    /// <summary>Whether the executions seen of <paramref name="datasetId"/> may have run on more than one day.</summary>
    public bool SpansDays(string datasetId) =>
        Current().TryGetValue(datasetId, out var span) && FirstDay(span) != LastDay(span);

    /// <summary>Notes an execution; a run of executions of one dataset costs two comparisons each.</summary>
    public void Add(string datasetId, DateTime timestamp)
    {
        if (!string.Equals(datasetId, _lastDataset, StringComparison.Ordinal))
        {
            Flush();
            _lastDataset = datasetId;
            _last = _spans.GetValueOrDefault(datasetId, (timestamp, timestamp));
        }
        _last = (timestamp < _last.First ? timestamp : _last.First, timestamp > _last.Last ? timestamp : _last.Last);
    }

    public void Add(string datasetId, DateTime first, DateTime last)
    {
        Add(datasetId, first);
        Add(datasetId, last);
    }

    /// <summary>Notes everything <paramref name="other"/> noted: the slices of several writes marked stale at once.</summary>
    public void Add(DuckDbRollupSlices other)
    {
        foreach (var (datasetId, (first, last)) in other.Current())
        {
            Add(datasetId, first, last);
        }
    }

    private static DateTime FirstDay((DateTime First, DateTime Last) span) =>
        span.First > DateTime.MinValue + Rounding ? (span.First - Rounding).Date : span.First.Date;

    private static DateTime LastDay((DateTime First, DateTime Last) span) =>
        span.Last < DateTime.MaxValue - Rounding ? (span.Last + Rounding).Date : span.Last.Date;

    private Dictionary<string, (DateTime First, DateTime Last)> Current()
    {
        Flush();
        return _spans;
    }

    private void Flush()
    {
        if (_lastDataset is not null)
        {
            _spans[_lastDataset] = _last;
        }
    }
}
