using System.Xml;

namespace Dot.Domain.Reports.XUnit;

/// <summary>
/// The xUnit.net v1 and v2 element and attribute names, atomized in the reader's name table so that a name check is a
/// reference comparison.
/// </summary>
internal sealed class XUnitNames(XmlNameTable table)
{
    public string Assemblies { get; } = table.Add("assemblies");
    public string Assembly { get; } = table.Add("assembly");
    public string Collection { get; } = table.Add("collection");
    public string Class { get; } = table.Add("class");
    public string Test { get; } = table.Add("test");
    public string Errors { get; } = table.Add("errors");
    public string Error { get; } = table.Add("error");
    public string Traits { get; } = table.Add("traits");

    public string Name { get; } = table.Add("name");
    public string Type { get; } = table.Add("type");
    public string Method { get; } = table.Add("method");
    public string Result { get; } = table.Add("result");
    public string Time { get; } = table.Add("time");
    public string RunDate { get; } = table.Add("run-date");
    public string RunTime { get; } = table.Add("run-time");
    public string Timestamp { get; } = table.Add("timestamp");

    /// <summary>Children of a test that carry nothing we keep (its traits), skipped without a warning.</summary>
    public bool IsIgnoredInTest(string localName) => ReferenceEquals(localName, Traits);

    /// <summary>Whether the element holds tests: the assemblies, an assembly, a v2 collection or a v1 class.</summary>
    public bool IsContainer(string localName) =>
        ReferenceEquals(localName, Assemblies) || ReferenceEquals(localName, Assembly)
        || ReferenceEquals(localName, Collection) || ReferenceEquals(localName, Class);
}
