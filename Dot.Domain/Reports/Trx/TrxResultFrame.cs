using Dot.Domain.Results;

namespace Dot.Domain.Reports.Trx;

/// <summary>
/// A result element being read: what its attributes and definition said, and what its <c>Output</c> holds.
/// Frames are reused from one result to the next; a result that sums up inner results stays open below them.
/// </summary>
internal sealed class TrxResultFrame
{
    public int Depth { get; set; }
    public int? Line { get; set; }
    public string? TestId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? DataRow { get; set; }
    public string? ClassName { get; set; }
    public string? Suite { get; set; }
    public TestStatus Status { get; set; }
    public TimeSpan Duration { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? Message { get; set; }
    public string? StackTrace { get; set; }
    public string? StdOut { get; set; }
    public string? StdErr { get; set; }

    public WarningSubject Subject => WarningSubject.Test(Name);

    public TrxRetryKey RetryKey => new(TestId, Name, DataRow);

    public void ClearOutput()
    {
        Message = StackTrace = StdOut = StdErr = null;
    }
}
