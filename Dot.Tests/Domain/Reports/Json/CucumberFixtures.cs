using Dot.Domain.Reports;
using Dot.Domain.Reports.Json;

namespace Dot.Tests.Domain.Reports.Json;

/// <summary>The hand-written Cucumber reports in <c>Fixtures/</c> (copied beside the test binaries), parsed.</summary>
internal static class CucumberFixtures
{
    public static readonly string[] Names = ["cucumber-jvm.json", "cucumber-js.json", "cucumber-ruby.json"];

    private static readonly ReportParsing Parsing = new(new CucumberJsonParser());

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Domain", "Reports", "Json", "Fixtures", name);

    public static ParsedReport Parse(string name, bool seekable = true)
    {
        using Stream input = seekable ? File.OpenRead(PathOf(name)) : RepeatedReportStream.Once(File.ReadAllBytes(PathOf(name)));
        return Parsing.Parse(input);
    }

    /// <summary>The one case of the parse with this name; fails when there is not exactly one.</summary>
    public static ParsedTestCase Case(this ParsedReport report, string name) => Assert.Single(report.Cases, c => c.Name == name);
}
