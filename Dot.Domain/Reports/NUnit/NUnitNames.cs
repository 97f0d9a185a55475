using System.Xml;

namespace Dot.Domain.Reports.NUnit;

/// <summary>
/// The NUnit 2 and NUnit 3 element and attribute names, atomized in the reader's name table so that a name check is a
/// reference comparison.
/// </summary>
internal sealed class NUnitNames(XmlNameTable table)
{
    public string TestRun { get; } = table.Add("test-run");
    public string TestResults { get; } = table.Add("test-results");
    public string TestSuite { get; } = table.Add("test-suite");
    public string TestCase { get; } = table.Add("test-case");
    public string Results { get; } = table.Add("results");

    public string Name { get; } = table.Add("name");
    public string ClassName { get; } = table.Add("classname");
    public string Type { get; } = table.Add("type");
    public string Result { get; } = table.Add("result");
    public string Label { get; } = table.Add("label");
    public string Executed { get; } = table.Add("executed");
    public string Success { get; } = table.Add("success");
    public string Duration { get; } = table.Add("duration");
    public string Time { get; } = table.Add("time");
    public string StartTime { get; } = table.Add("start-time");
    public string Date { get; } = table.Add("date");

    private readonly string _properties = table.Add("properties");
    private readonly string _categories = table.Add("categories");
    private readonly string _attachments = table.Add("attachments");
    private readonly string _assertions = table.Add("assertions");
    private readonly string _environment = table.Add("environment");
    private readonly string _settings = table.Add("settings");
    private readonly string _commandLine = table.Add("command-line");
    private readonly string _filter = table.Add("filter");
    private readonly string _cultureInfo = table.Add("culture-info");
    private readonly string _failure = table.Add("failure");
    private readonly string _reason = table.Add("reason");
    private readonly string _output = table.Add("output");

    /// <summary>
    /// Elements that carry nothing per test and are skipped without a warning: metadata of a test or suite, the run's
    /// environment, and a suite's own failure, reason and output (its tests carry their own).
    /// </summary>
    public bool IsIgnored(string localName) =>
        ReferenceEquals(localName, _properties) || ReferenceEquals(localName, _categories)
        || ReferenceEquals(localName, _attachments) || ReferenceEquals(localName, _assertions)
        || ReferenceEquals(localName, _environment) || ReferenceEquals(localName, _settings)
        || ReferenceEquals(localName, _commandLine) || ReferenceEquals(localName, _filter)
        || ReferenceEquals(localName, _cultureInfo) || ReferenceEquals(localName, _failure)
        || ReferenceEquals(localName, _reason) || ReferenceEquals(localName, _output);
}
