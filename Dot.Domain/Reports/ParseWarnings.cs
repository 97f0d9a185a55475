namespace Dot.Domain.Reports;

/// <summary>
/// Human-readable warnings about one report (text cut, values ignored, unknown elements skipped).
/// Keeps the first <see cref="Capacity"/> messages and counts the rest, so a huge report cannot flood it.
/// </summary>
public sealed class ParseWarnings(int capacity = ParseWarnings.DefaultCapacity)
{
    public const int DefaultCapacity = 100;

    private readonly List<string> _messages = [];

    public int Capacity { get; } = capacity >= 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>The kept messages, in the order they were added.</summary>
    public IReadOnlyList<string> Messages => _messages;

    /// <summary>All warnings added, kept or not.</summary>
    public int TotalCount { get; private set; }

    /// <summary>Warnings counted but not kept because <see cref="Capacity"/> was reached.</summary>
    public int DroppedCount => TotalCount - _messages.Count;

    public void Add(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        TotalCount++;
        if (_messages.Count < Capacity)
        {
            _messages.Add(message);
        }
    }

    /// <summary>Adds a warning prefixed with its line, e.g. "line 3: unknown element &lt;foo&gt; ignored".</summary>
    public void Add(int? line, string message) => Add(line is int l ? $"line {l}: {message}" : message);

    /// <summary>Adds "result 'x' of test 'y' is not an {format} result; {fallback}", for a value the format does not define.</summary>
    public void AddUnknownResult(string result, WarningSubject subject, string format, string fallback)
    {
        ArgumentNullException.ThrowIfNull(result);
        Add($"result '{TextTruncation.Preview(result)}' of {subject} is not an {format} result; {fallback}");
    }
}
