using System.Xml;

namespace Dot.Domain.Reports.Trx;

/// <summary>
/// Reads <c>TestDefinitions</c> into <see cref="TrxTestDefinitions"/>: of each definition (<c>UnitTest</c>, or any other
/// test type) its <c>id</c>, <c>name</c> and <c>storage</c>, and its <c>TestMethod</c>'s <c>className</c> and <c>name</c>.
/// Everything else in a definition (description, properties, categories) is skipped.
/// </summary>
internal sealed class TrxDefinitionsReader(XmlReader reader, TrxNames names, ReportLimits limits, ParseWarnings warnings)
{
    private readonly IXmlLineInfo? _lineInfo = reader as IXmlLineInfo;

    /// <summary>Reads the <c>TestDefinitions</c> element the reader is on, leaving the reader on its end tag.</summary>
    public void Read(TrxTestDefinitions definitions)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.ReadElementWithin(depth))
        {
            ReadDefinition(definitions);
        }
    }

    private void ReadDefinition(TrxTestDefinitions definitions)
    {
        var line = _lineInfo.LineNumber();
        string? id = null, name = null, storage = null;
        while (reader.MoveToNextAttribute())
        {
            var attribute = reader.LocalName;
            if (ReferenceEquals(attribute, names.Id)) id = reader.Value;
            else if (ReferenceEquals(attribute, names.Name)) name = reader.Value;
            else if (ReferenceEquals(attribute, names.Storage)) storage = reader.Value;
        }

        reader.MoveToElement();
        var (className, methodName) = ReadTestMethod();
        if (string.IsNullOrWhiteSpace(id))
        {
            warnings.Add(line, $"test definition <{TextTruncation.Preview(reader.Name)}> without an id ignored");
            return;
        }

        name = string.IsNullOrWhiteSpace(name) ? methodName : name;
        var subject = WarningSubject.Test(name ?? id);
        definitions.Add(
            id,
            TextTruncation.Clean(ClassOf(className), limits.MaxNameLength, warnings, "class name", subject),
            name,
            TextTruncation.Clean(FileNameOf(storage), limits.MaxNameLength, warnings, "suite", subject));
    }

    /// <summary>The className and name of the definition's TestMethod, skipping its other children.</summary>
    private (string? ClassName, string? Name) ReadTestMethod()
    {
        string? className = null, name = null;
        if (reader.IsEmptyElement)
        {
            return (className, name);
        }

        var depth = reader.Depth;
        while (reader.ReadElementWithin(depth))
        {
            if (ReferenceEquals(reader.LocalName, names.TestMethod))
            {
                (className, name) = reader.ReadAttributes(names.ClassName, names.Name);
            }

            reader.ConsumeElement();
        }

        return (className, name);
    }

    /// <summary>
    /// "Ns.Class, Ns, Version=1.0.0.0, …" is "Ns.Class": the type name ends at the first comma outside the brackets of
    /// generic arguments ("Ns.Class`1[[System.Int32, mscorlib]], Ns" is "Ns.Class`1[[System.Int32, mscorlib]]").
    /// </summary>
    internal static string? ClassOf(string? className)
    {
        if (className is null)
        {
            return null;
        }

        var brackets = 0;
        for (var i = 0; i < className.Length; i++)
        {
            switch (className[i])
            {
                case '[': brackets++; break;
                case ']': brackets--; break;
                case ',' when brackets <= 0: return className[..i].Trim();
            }
        }

        return className.Trim();
    }

    /// <summary>The last segment of a Windows or Unix path: "c:\build\tests.dll" is "tests.dll".</summary>
    internal static string? FileNameOf(string? path) =>
        path is null ? null : path[(path.AsSpan().LastIndexOfAny('\\', '/') + 1)..];
}
