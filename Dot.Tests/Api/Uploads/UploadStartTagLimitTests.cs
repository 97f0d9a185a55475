using System.Globalization;
using System.Net;
using System.Text;
using Dot.Domain.Reports;
using Dot.Tests.Domain.Reports;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Uploads;

/// <summary>A report with an attribute longer than the tag limit is refused with where and why, and stores no results.</summary>
public sealed class UploadStartTagLimitTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Fact]
    public async Task AnOverLongAttribute_Answers422WithTheFileLineAndLimit_AndStoresNoResults()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        using var report = new RepeatedReportStream(
            Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<testsuite name=\"s\">\n<testcase name=\"a\"/>\n<testcase name=\"b\"><failure message=\""),
            Encoding.UTF8.GetBytes(new string('x', 1024)),
            (ReportLimits.DefaultStartTagLength / 1024) + 1024,
            Encoding.UTF8.GetBytes("\"/></testcase>\n</testsuite>"));

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(new StreamContent(report));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("FAILED", answer.Json.GetProperty("status").GetString());
        var error = answer.Json.GetProperty("errors")[0];
        Assert.Equal("report", error.GetProperty("file").GetString());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Contains(
            ReportLimits.DefaultStartTagLength.ToString(CultureInfo.InvariantCulture) + " characters",
            error.GetProperty("message").GetString(),
            StringComparison.Ordinal);
        Assert.Equal(0, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }
}
