namespace Dot.Domain.Reports.Json;

/// <summary>What a Cucumber element (scenario or background) says of itself, besides its steps. Reused for every element.</summary>
internal sealed class CucumberElement
{
    /// <summary>The <c>type</c> as written: "scenario", "background", or (older formatters) something else.</summary>
    public string? TypeText { get; set; }

    public string? Name { get; set; }

    /// <summary>cucumber-jvm and cucumber-ruby: "feature;scenario", and "feature;outline;examples;row" for an outline's row.</summary>
    public string? Id { get; set; }

    /// <summary>"Scenario", "Scenario Outline", "Background", … in the feature's language.</summary>
    public string? Keyword { get; set; }

    /// <summary>The line of the scenario, or of the example row for an outline's row.</summary>
    public double? Line { get; set; }

    /// <summary>cucumber-jvm's <c>start_timestamp</c>.</summary>
    public string? Timestamp { get; set; }

    /// <summary>A missing type is a scenario (older formatters write none).</summary>
    public CucumberElementType Type =>
        TypeText is null || TypeText.Equals("scenario", StringComparison.OrdinalIgnoreCase) ? CucumberElementType.Scenario
        : TypeText.Equals("background", StringComparison.OrdinalIgnoreCase) ? CucumberElementType.Background
        : CucumberElementType.Other;

    public void Reset()
    {
        TypeText = Name = Id = Keyword = Timestamp = null;
        Line = null;
    }
}

internal enum CucumberElementType
{
    Scenario,
    Background,
    Other,
}
