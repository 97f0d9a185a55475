using System.Text.Json;

namespace Dot.Domain.Reports.Json;

/// <summary>
/// Walks a Cucumber JSON document, an array of features, and hands out the test cases of their elements.
/// A feature's <c>elements</c> may come before its <c>name</c> and <c>uri</c> (cucumber-js writes keys in alphabetical
/// order, cucumber-jvm in hash order). Then, on a seekable stream, the elements are skipped, the rest of the feature
/// read, and the elements read again: memory stays flat. On a stream that cannot seek, that feature's test cases are
/// held until its end: memory then grows with the largest feature's test cases (not with its JSON).
/// </summary>
internal sealed class CucumberDocumentReader(Stream stream, ReportLimits limits, ParseWarnings warnings)
{
    private const string FormatName = "Cucumber JSON";

    private readonly JsonPullReader _json = new(stream, $"{FormatName} report", warnings);
    private readonly ReportLimits _limits = limits;
    private readonly ParseWarnings _warnings = warnings;
    private CucumberElementReader? _elements;

    public IEnumerable<ParsedTestCase> Read()
    {
        _elements = new CucumberElementReader(_json, _limits, _warnings);
        if (!_json.Read() || _json.TokenType != JsonTokenType.StartArray)
        {
            throw _json.Fail($"not a {FormatName} report: the root is {_json.Describe()}, not an array of features");
        }

        var index = 0;
        while (_json.NextItem())
        {
            index++;
            if (_json.TokenType != JsonTokenType.StartObject)
            {
                throw _json.Fail($"not a {FormatName} report: feature {index} is {_json.Describe()}, not an object");
            }

            foreach (var testCase in ReadFeature(index, _elements))
            {
                yield return testCase;
            }
        }

        _json.ExpectEnd();
    }

    private IEnumerable<ParsedTestCase> ReadFeature(int index, CucumberElementReader elements)
    {
        string? name = null, uri = null;
        bool seenName = false, seenUri = false, seenElements = false;
        JsonMark? elementsMark = null;
        List<ParsedTestCase>? held = null;
        while (_json.NextProperty())
        {
            if (_json.ValueIs("elements"u8))
            {
                seenElements = true;
                ExpectElementsArray(index);
                if (seenName && seenUri)
                {
                    foreach (var testCase in elements.Read(new CucumberFeature(name, uri)))
                    {
                        yield return testCase;
                    }
                }
                else if (_json.CanRewind)
                {
                    elementsMark = _json.Mark();
                    _json.Skip();
                }
                else
                {
                    held = [.. elements.Read(default)];
                }
            }
            else if (_json.ValueIs("name"u8))
            {
                seenName = true;
                name = Clean(_json.ReadString("feature name"), "name", name);
            }
            else if (_json.ValueIs("uri"u8))
            {
                seenUri = true;
                uri = Clean(_json.ReadString("feature uri"), "uri", name);
            }
            else
            {
                _json.SkipValue();
            }
        }

        if (!seenElements)
        {
            throw _json.Fail($"not a {FormatName} report: feature {index} has no elements");
        }

        var feature = new CucumberFeature(name, uri);
        if (elementsMark is { } mark)
        {
            var end = _json.Mark();
            _json.Rewind(mark);
            foreach (var testCase in elements.Read(feature))
            {
                yield return testCase;
            }

            _json.Rewind(end);
        }

        foreach (var testCase in held ?? [])
        {
            yield return testCase with { Suite = name, ClassName = uri, File = uri };
        }
    }

    private void ExpectElementsArray(int index)
    {
        _json.Read();
        if (_json.TokenType != JsonTokenType.StartArray)
        {
            throw _json.Fail($"not a {FormatName} report: the elements of feature {index} are {_json.Describe()}, not an array");
        }
    }

    private string? Clean(string? text, string what, string? featureName) =>
        TextTruncation.Clean(text, _limits.MaxNameLength, _warnings, what, WarningSubject.Suite(featureName ?? text));
}
