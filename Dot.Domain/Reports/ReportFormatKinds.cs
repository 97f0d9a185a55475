namespace Dot.Domain.Reports;

/// <summary>What a report format yields: test executions, or work items from a tracker.</summary>
public static class ReportFormatKinds
{
    public static bool YieldsWorkItems(this ReportFormat format) => format == ReportFormat.Jira;
}
