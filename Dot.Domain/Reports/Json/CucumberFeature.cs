namespace Dot.Domain.Reports.Json;

/// <summary>What the test cases of one Cucumber feature take from it: its name (the suite) and its uri (class and file).</summary>
internal readonly record struct CucumberFeature(string? Name, string? Uri);
