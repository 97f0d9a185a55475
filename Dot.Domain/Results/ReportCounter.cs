using Dot.Domain.Reports;

namespace Dot.Domain.Results;

/// <summary>Accumulates <see cref="ReportCounts"/> while test executions or work items stream past, without allocating per item.</summary>
public sealed class ReportCounter
{
    private int _passed;
    private int _failed;
    private int _errored;
    private int _skipped;
    private int _workItems;

    public ReportCounts Counts => new(_passed + _failed + _errored + _skipped, _passed, _failed, _errored, _skipped, _workItems);

    public void AddWorkItem() => _workItems++;

    public void Add(ParsedTestCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        Add(testCase.Status);
    }

    public void Add(TestStatus status)
    {
        switch (status)
        {
            case TestStatus.Passed: _passed++; break;
            case TestStatus.Failed: _failed++; break;
            case TestStatus.Errored: _errored++; break;
            case TestStatus.Skipped: _skipped++; break;
            default: throw new ArgumentOutOfRangeException(nameof(status), status, "unknown test status");
        }
    }
}
