using System.Xml;
using Dot.Bench.Generation;
using Dot.Domain.Reports;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// The parse benchmark's input and its two contenders: our JUnit parser, and a bare XmlReader pass over the same
/// bytes with the parsers' own reader settings (<see cref="SafeXml.ReaderSettings"/>: DTD prohibited, no resolver, whitespace and
/// comments skipped), reading the bytes directly: what the parsers add (decoding, the tag-length scan, the model) is what is measured.
/// </summary>
public static class ParseInput
{
    public const string MegabytesVariable = "DOT_BENCH_PARSE_MB";
    public const string SeedVariable = "DOT_BENCH_SEED";

    private static readonly JUnitXmlParser Parser = new();

    /// <summary>A JUnit report of about <paramref name="megabytes"/> MB, the same for the same seed.</summary>
    public static (byte[] Bytes, long Cases) Create(int megabytes, ulong seed)
    {
        using var output = new MemoryStream();
        var cases = Workloads.WriteLarge(output, TestCatalog.Create(seed, Workloads.CatalogSuites), megabytes * 1024L * 1024);
        return (output.ToArray(), cases);
    }

    /// <summary>Every test case through <see cref="JUnitXmlParser"/>; returns how many.</summary>
    public static long ParseAll(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        long count = 0;
        foreach (var _ in Parser.Parse(stream, ReportLimits.Default, new ParseWarnings()))
        {
            count++;
        }
        return count;
    }

    /// <summary>Every node through a bare XmlReader; returns how many elements.</summary>
    public static long ReadBare(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, SafeXml.ReaderSettings(new NameTable(), closeInput: false));
        long elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                elements++;
            }
        }
        return elements;
    }
}
