using System.Globalization;

namespace Dot.Domain.Reports.Json;

/// <summary>
/// Names the scenarios of a Cucumber report. The rows of a scenario outline all carry the outline's name, so a row
/// gets its line appended, "Eat cucumbers (line 14)" (or, without a line, the last part of its id,
/// "Eat cucumbers (example 3)"), to keep the rows distinct tests. An element is a row when any of these says so:
/// its keyword is "Scenario Outline" or "Scenario Template" (English only); its id has the four parts
/// "feature;outline;examples;row" that cucumber-jvm and cucumber-ruby write for a row; or its id is that of the
/// scenario before it in the same feature (cucumber-js gives all rows of an outline one id, so in another language
/// its first row keeps the bare name). A scenario without a name is "(unnamed scenario N)", with a warning.
/// </summary>
internal sealed class CucumberScenarioNames(ReportLimits limits, ParseWarnings warnings)
{
    private readonly TestNamer _namer = new("scenario", limits, warnings);
    private string? _previousId;

    public void StartFeature() => _previousId = null;

    public string Name(CucumberElement element, JsonPullReader json)
    {
        var isRow = IsExampleRow(element);
        _previousId = element.Id;
        if (string.IsNullOrWhiteSpace(element.Name))
        {
            return _namer.Placeholder(json.CurrentLine());
        }

        var row = isRow ? RowKey(element) : null;
        return _namer.TryName(row is null ? element.Name : $"{element.Name} ({row})")!;
    }

    private bool IsExampleRow(CucumberElement element) =>
        IsOutlineKeyword(element.Keyword)
        || (element.Id is { } id && (id.AsSpan().Count(';') >= 3 || id == _previousId));

    private static bool IsOutlineKeyword(string? keyword)
    {
        var trimmed = keyword.AsSpan().Trim();
        return trimmed.Equals("Scenario Outline", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("Scenario Template", StringComparison.OrdinalIgnoreCase);
    }

    private static string? RowKey(CucumberElement element)
    {
        if (element.Line is > 0 and < int.MaxValue and var line && line == Math.Floor(line))
        {
            return string.Create(CultureInfo.InvariantCulture, $"line {(int)line}");
        }

        var id = element.Id.AsSpan();
        var last = id[(id.LastIndexOf(';') + 1)..].Trim();
        return last.IsEmpty ? null : $"example {last}";
    }
}
