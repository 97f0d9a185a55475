namespace Dot.Domain.Reports;

/// <summary>The report formats DoT can read. Each has one <see cref="IReportParser"/>.</summary>
public enum ReportFormat
{
    JUnit,
}
