using System.Net;
using System.Text;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Uploads;

/// <summary>Hostile or broken reports get a clear 4xx and leave no results behind.</summary>
public sealed class UploadBadInputTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    private const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE testsuites [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <testsuites><testsuite name="s"><testcase name="&xxe;"/></testsuite></testsuites>
        """;

    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE testsuites [
          <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"> <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
        ]>
        <testsuites><testsuite name="&e;"><testcase name="t"/></testsuite></testsuites>
        """;

    private const string Truncated = "<testsuites><testsuite name=\"s\"><testcase name=\"a\"/><testcase name=\"b\"><failure message=\"x\">";

    [Theory]
    [InlineData(Xxe, "DTD")]
    [InlineData(BillionLaughs, "DTD")]
    [InlineData(Truncated, "line 1")]
    public async Task MalformedReport_Answers422WithWhere_AndStoresNoResults(string report, string expected)
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(Encoding.UTF8.GetBytes(report));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("FAILED", answer.Json.GetProperty("status").GetString());
        var error = answer.Json.GetProperty("errors")[0];
        Assert.Contains(expected, error.GetProperty("message").GetString() + " line " + error.GetProperty("line"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task TruncatedReport_ReportsLineAndColumn()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(Encoding.UTF8.GetBytes(Truncated));

        var error = answer.Json.GetProperty("errors")[0];
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() > 0);
        Assert.Equal("report", error.GetProperty("file").GetString());
    }

    [Fact]
    public async Task EmptyBody_Answers422_AndStoresNothing()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync([]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Contains("empty", answer.Error, StringComparison.Ordinal);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Fact]
    public async Task BinaryFile_Answers415_AndStoresNothing()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(binary);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Contains("not a report format", answer.Error, StringComparison.Ordinal);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Fact]
    public async Task XmlThatIsNoReport_Answers415()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(Encoding.UTF8.GetBytes("<html><body/></html>"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Theory]
    [InlineData("?format=cobol", HttpStatusCode.BadRequest)]
    [InlineData("?wait=-1", HttpStatusCode.BadRequest)]
    [InlineData("?wait=abc", HttpStatusCode.BadRequest)]
    [InlineData("?wait=100000", HttpStatusCode.BadRequest)]
    public async Task BadParameters_AreRefusedBeforeAnythingIsStored(string query, HttpStatusCode expected)
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(1), query);

        Assert.Equal(expected, answer.Status);
        Assert.False(string.IsNullOrWhiteSpace(answer.Error));
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Theory]
    [InlineData("run", "%1B%5B31mred")]
    [InlineData("run", "build%0D%0A7")]
    [InlineData("run", "pipeline-%E2%80%AE1")]
    [InlineData("run", "pipe%E2%80%8Bline")]
    [InlineData("environment", "prod%E2%81%A6x%E2%81%A9")]
    [InlineData("environment", "%EF%BB%BFstaging")]
    public async Task HiddenCharactersInALabel_Answer400NamingTheParameter_AndStoreNothing(string parameter, string encodedValue)
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken)
            .PostAsync(JUnitReports.Make(1), $"?wait=30&{parameter}={encodedValue}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.StartsWith($"'{parameter}' must be", answer.Error, StringComparison.Ordinal);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Fact]
    public async Task ForcedFormatThatDoesNotFit_Answers422_AndStoresNoResults()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(3), "?wait=30&format=nunit");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Contains("not a NUnit", answer.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task OversizedUpload_Answers413_AndStoresNothing()
    {
        using var small = new DotApiFactory();
        small.Settings["Uploads:MaxBytes"] = "2048";
        var scenario = await TenantScenario.CreateAsync(small);

        var answer = await new UploadClient(small.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(100));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Contains("2048", answer.Error, StringComparison.Ordinal);
        await scenario.AssertNothingStoredAsync(small.DataPath);
    }
}
