using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Uploads;

/// <summary>Real reports of every format DoT reads, posted with the same curl line and no format parameter.</summary>
public sealed class UploadFormatTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Theory]
    [InlineData("junit-xml/pytest/junit.fail.xml", "junit", 5)]
    [InlineData("nunit/nunit3/jenkins/NUnit-correct.xml", "nunit", 28)]
    [InlineData("nunit/mstest/clicketyclackety.xml", "nunit", 23)]
    [InlineData("xunit/mstest/fixie.xml", "xunit", 7)]
    [InlineData("trx/xunit/dotnet-trx.trx", "trx", 11)]
    [InlineData("mocha/tests.json", "mocha", 5)]
    public async Task CorpusReport_IsDetectedAndRead(string path, string format, int expectedTests)
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var report = await File.ReadAllBytesAsync(Path.Combine(ReportFixtures.ReportsDirectory, path));

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(report);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(format, answer.Json.GetProperty("files")[0].GetProperty("format").GetString());
        Assert.Equal(expectedTests, answer.Count("tests"));
        Assert.Equal(answer.Count("tests"), (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task CucumberJson_IsDetectedAndRead()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var report = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Domain", "Reports", "Json", "Fixtures", "cucumber-jvm.json"));

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(report);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("cucumber", answer.Json.GetProperty("files")[0].GetProperty("format").GetString());
        Assert.Equal((11, 4, 2, 3, 2), (answer.Count("tests"), answer.Count("passed"), answer.Count("failed"), answer.Count("errored"), answer.Count("skipped")));
    }
}
