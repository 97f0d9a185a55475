using System.Text.Json;
using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports.Json;

/// <summary>
/// Writes a cucumber-jvm style report of many features and scenarios, every eighth scenario of each kind:
/// three passed, one failed, one pending, one undefined, one outline row, one whose after hook failed.
/// Every other feature puts its elements before its name and uri, as cucumber-jvm does; the others after.
/// </summary>
internal static class CucumberReportGenerator
{
    public static (byte[] Json, ReportCounts Expected) Generate(int features, int scenariosPerFeature)
    {
        using var buffer = new MemoryStream();
        var counter = new ReportCounter();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            for (var feature = 0; feature < features; feature++)
            {
                writer.WriteStartObject();
                var elementsFirst = feature % 2 == 0;
                if (!elementsFirst)
                {
                    WriteFeatureNames(writer, feature);
                }

                writer.WriteStartArray("elements");
                for (var scenario = 0; scenario < scenariosPerFeature; scenario++)
                {
                    WriteBackground(writer);
                    counter.Add(WriteScenario(writer, feature, scenario));
                }

                writer.WriteEndArray();
                if (elementsFirst)
                {
                    WriteFeatureNames(writer, feature);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return (buffer.ToArray(), counter.Counts);
    }

    private static void WriteFeatureNames(Utf8JsonWriter writer, int feature)
    {
        writer.WriteString("name", $"Feature {feature}");
        writer.WriteString("keyword", "Feature");
        writer.WriteString("uri", $"classpath:features/feature_{feature}.feature");
    }

    private static void WriteBackground(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "background");
        writer.WriteString("keyword", "Background");
        writer.WriteStartArray("steps");
        WriteStep(writer, "Given ", "a signed-in user", "passed", null);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static TestStatus WriteScenario(Utf8JsonWriter writer, int feature, int scenario)
    {
        var kind = scenario % 8;
        writer.WriteStartObject();
        writer.WriteString("start_timestamp", "2024-03-05T09:15:02.114Z");
        writer.WriteNumber("line", 10 + scenario);
        writer.WriteString("name", kind == 6 ? "Outline" : $"Scenario {scenario}");
        writer.WriteString("id", kind == 6 ? $"feature-{feature};outline;;{scenario}" : $"feature-{feature};scenario-{scenario}");
        writer.WriteString("type", "scenario");
        writer.WriteString("keyword", kind == 6 ? "Scenario Outline" : "Scenario");
        writer.WriteStartArray("before");
        WriteStep(writer, null, null, "passed", null);
        writer.WriteEndArray();
        writer.WriteStartArray("steps");
        WriteStep(writer, "When ", "something happens", kind switch
        {
            3 => "failed",
            4 => "pending",
            5 => "undefined",
            _ => "passed",
        }, kind == 3 ? "java.lang.AssertionError: expected 1 but was 2\n\tat com.example.Steps.check(Steps.java:12)" : null);
        WriteStep(writer, "Then ", "all is well", kind is 3 or 4 or 5 ? "skipped" : "passed", null);
        writer.WriteEndArray();
        writer.WriteStartArray("after");
        WriteStep(writer, null, null, kind == 7 ? "failed" : "passed", kind == 7 ? "java.lang.IllegalStateException: no browser" : null);
        writer.WriteEndArray();
        writer.WriteEndObject();
        return kind switch
        {
            3 => TestStatus.Failed,
            4 => TestStatus.Skipped,
            5 or 7 => TestStatus.Errored,
            _ => TestStatus.Passed,
        };
    }

    private static void WriteStep(Utf8JsonWriter writer, string? keyword, string? name, string status, string? error)
    {
        writer.WriteStartObject();
        if (keyword is not null)
        {
            writer.WriteString("keyword", keyword);
            writer.WriteString("name", name);
        }

        writer.WriteStartObject("result");
        writer.WriteNumber("duration", 1_250_000);
        writer.WriteString("status", status);
        if (error is not null)
        {
            writer.WriteString("error_message", error);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
