using System.Text.Json;

namespace Dot.Domain.Reports.Json;

/// <summary>
/// Reads the <c>elements</c> of one feature into test cases: one per element of type <c>scenario</c> (or without a type).
/// A <c>background</c> is no test case: its steps ran before the scenarios that follow it (cucumber-jvm writes it again
/// before every scenario, with that run's results), so its outcome is folded into each of them until the next background.
/// The rows of a scenario outline are kept distinct by their line (see <see cref="CucumberScenarioNames"/>).
/// One instance per parse.
/// </summary>
internal sealed class CucumberElementReader(JsonPullReader json, ReportLimits limits, ParseWarnings warnings)
{
    private readonly CucumberStepReader _steps = new(json);
    private readonly CucumberScenarioNames _names = new(limits, warnings);
    private readonly CucumberOutcome _outcome = new();
    private readonly CucumberOutcome _background = new();
    private readonly CucumberElement _element = new();

    /// <summary>Yields the scenarios of the array the reader is on (or just inside), leaving the reader on its end.</summary>
    public IEnumerable<ParsedTestCase> Read(CucumberFeature feature)
    {
        _background.Reset();
        _names.StartFeature();
        while (json.NextItem())
        {
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Warn($"an element of feature '{TextTruncation.Preview(feature.Name ?? string.Empty)}' is {json.Describe()}, not an object; ignored");
                json.Skip();
                continue;
            }

            ReadElement();
            switch (_element.Type)
            {
                case CucumberElementType.Scenario:
                    _outcome.Prepend(_background);
                    yield return ToTestCase(feature);
                    break;
                case CucumberElementType.Background:
                    _background.CopyFrom(_outcome);
                    break;
                default:
                    json.Warn($"element '{TextTruncation.Preview(_element.Name ?? string.Empty)}' of type '{_element.TypeText}' is not a scenario; ignored");
                    break;
            }
        }
    }

    private void ReadElement()
    {
        _outcome.Reset();
        _element.Reset();
        while (json.NextProperty())
        {
            if (json.ValueIs("steps"u8)) _steps.ReadSteps(_outcome, hooks: false);
            else if (json.ValueIs("before"u8) || json.ValueIs("after"u8)) _steps.ReadSteps(_outcome, hooks: true);
            else if (json.ValueIs("type"u8)) _element.TypeText = json.ReadString("element type");
            else if (json.ValueIs("name"u8)) _element.Name = json.ReadString("scenario name");
            else if (json.ValueIs("id"u8)) _element.Id = json.ReadString("scenario id");
            else if (json.ValueIs("keyword"u8)) _element.Keyword = json.ReadString("scenario keyword");
            else if (json.ValueIs("line"u8)) _element.Line = json.ReadNumber("scenario line");
            else if (json.ValueIs("start_timestamp"u8)) _element.Timestamp = json.ReadString("scenario start_timestamp");
            else json.SkipValue();
        }
    }

    private ParsedTestCase ToTestCase(CucumberFeature feature)
    {
        var name = _names.Name(_element, json);
        var subject = WarningSubject.Test(name);
        return new ParsedTestCase(
            feature.Name,
            feature.Uri,
            name,
            _outcome.Status,
            DurationParser.FromNumber(_outcome.Nanoseconds, 1e-9, warnings, subject),
            TextTruncation.Clean(_outcome.Message, limits.MaxMessageLength, warnings, "message", subject),
            null,
            TextTruncation.Clean(_outcome.Detail, limits.MaxFailureDetailLength, warnings, "failure detail", subject),
            TimestampParser.Parse(_element.Timestamp, warnings, subject),
            feature.Uri,
            null,
            null,
            false);
    }
}
