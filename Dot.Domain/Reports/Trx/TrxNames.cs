using System.Xml;

namespace Dot.Domain.Reports.Trx;

/// <summary>
/// The TRX element and attribute names, atomized in the reader's name table so that a name check is a reference
/// comparison. Elements are matched by local name; the namespace is checked on the root only.
/// </summary>
internal sealed class TrxNames(XmlNameTable table)
{
    /// <summary>The namespace of TRX since Visual Studio 2010.</summary>
    public const string Namespace = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>The namespace of Visual Studio 2005 and 2008, whose results have the same shape.</summary>
    public const string Namespace2006 = "http://microsoft.com/schemas/VisualStudio/TeamTest/2006";

    public string TestRun { get; } = table.Add("TestRun");
    public string Results { get; } = table.Add("Results");
    public string InnerResults { get; } = table.Add("InnerResults");
    public string TestDefinitions { get; } = table.Add("TestDefinitions");
    public string TestMethod { get; } = table.Add("TestMethod");
    public string Output { get; } = table.Add("Output");
    public string StdOut { get; } = table.Add("StdOut");
    public string StdErr { get; } = table.Add("StdErr");
    public string ErrorInfo { get; } = table.Add("ErrorInfo");
    public string Message { get; } = table.Add("Message");
    public string StackTrace { get; } = table.Add("StackTrace");
    public string Id { get; } = table.Add("id");
    public string Name { get; } = table.Add("name");
    public string Storage { get; } = table.Add("storage");
    public string ClassName { get; } = table.Add("className");
    public string TestId { get; } = table.Add("testId");
    public string TestName { get; } = table.Add("testName");
    public string Outcome { get; } = table.Add("outcome");
    public string Duration { get; } = table.Add("duration");
    public string StartTime { get; } = table.Add("startTime");
    public string EndTime { get; } = table.Add("endTime");
    public string DataRowInfo { get; } = table.Add("dataRowInfo");
}
