using Dot.Domain.Results;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>The <c>received_at</c> span of an upload's results in one run: a dataset and a run key (null: no run key).</summary>
internal sealed record RunSpan(string DatasetId, string? RunKey, DateTime From, DateTime To);

/// <summary>
/// Collects, as an upload's results are appended, the span of each run they belong to (nearly always one): what
/// <see cref="DuckDbStoredUploads"/> records, and what lets later statements prune row groups by <c>received_at</c>
/// instead of scanning the table for the upload's rows.
/// </summary>
internal sealed class DuckDbRunSpans
{
    // TIMESTAMP keeps microseconds: a span reaches a whole microsecond past its times on both sides, so it holds the
    // stored values however the appender rounds them.
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMicrosecond;

    private readonly List<RunSpan> _spans = [];
    private int _last = -1;

    public IReadOnlyList<RunSpan> All => _spans;

    public void Add(TestResultDocument result)
    {
        var at = result.UploadedAt.UtcDateTime;
        var (from, to) = (at.AddTicks(-(at.Ticks % TicksPerMicrosecond) - TicksPerMicrosecond), at.AddTicks(TicksPerMicrosecond - at.Ticks % TicksPerMicrosecond));
        var index = _last >= 0 && IsOf(_spans[_last], result) ? _last : _spans.FindIndex(span => IsOf(span, result));
        if (index < 0)
        {
            _spans.Add(new RunSpan(result.DatasetId, result.RunKey, from, to));
            index = _spans.Count - 1;
        }
        else if (from < _spans[index].From || to > _spans[index].To)
        {
            var span = _spans[index];
            _spans[index] = span with { From = from < span.From ? from : span.From, To = to > span.To ? to : span.To };
        }
        _last = index;
    }

    private static bool IsOf(RunSpan span, TestResultDocument result) =>
        string.Equals(span.DatasetId, result.DatasetId, StringComparison.Ordinal) && string.Equals(span.RunKey, result.RunKey, StringComparison.Ordinal);
}
