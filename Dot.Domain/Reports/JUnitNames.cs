using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// The JUnit element and attribute names, atomized in the reader's name table so that
/// a name check is a reference comparison, not a string comparison.
/// </summary>
internal sealed class JUnitNames(XmlNameTable table)
{
    public string TestSuites { get; } = table.Add("testsuites");
    public string TestSuite { get; } = table.Add("testsuite");
    public string TestCase { get; } = table.Add("testcase");
    public string Properties { get; } = table.Add("properties");
    public string SystemOut { get; } = table.Add("system-out");
    public string SystemErr { get; } = table.Add("system-err");
    public string Failure { get; } = table.Add("failure");
    public string Error { get; } = table.Add("error");
    public string Skipped { get; } = table.Add("skipped");
    public string FlakyFailure { get; } = table.Add("flakyFailure");
    public string FlakyError { get; } = table.Add("flakyError");
    public string RerunFailure { get; } = table.Add("rerunFailure");
    public string RerunError { get; } = table.Add("rerunError");
    public string StackTrace { get; } = table.Add("stackTrace");
    public string Name { get; } = table.Add("name");
    public string ClassName { get; } = table.Add("classname");
    public string Time { get; } = table.Add("time");
    public string File { get; } = table.Add("file");
    public string Timestamp { get; } = table.Add("timestamp");
    public string Status { get; } = table.Add("status");
    public string Message { get; } = table.Add("message");
    public string Type { get; } = table.Add("type");

    /// <summary>Elements of a suite that carry nothing per test and are skipped without a warning.</summary>
    public bool IsIgnoredSuiteChild(string localName) =>
        ReferenceEquals(localName, Properties) || ReferenceEquals(localName, SystemOut) || ReferenceEquals(localName, SystemErr);
}
