using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Uploads;

/// <summary>
/// A CI job may compress what it sends: <c>Content-Encoding: gzip</c> on the request, or a gzip file as the body or a
/// part. Either gives the counts of the plain file; bombs, corrupt streams and other encodings are refused and leave nothing.
/// </summary>
public sealed class UploadGzipTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    private const string CorpusReport = "nunit/nunit3/jenkins/NUnit-correct.xml";

    private static Action<HttpRequestMessage> Encoded(string coding) => request => request.Content!.Headers.ContentEncoding.Add(coding);

    [Fact]
    public async Task GzipBody_WithContentEncoding_GivesTheCountsOfThePlainFile()
    {
        var report = await File.ReadAllBytesAsync(Path.Combine(ReportFixtures.ReportsDirectory, CorpusReport));
        var plain = await TenantScenario.CreateAsync(factory);
        var compressed = await TenantScenario.CreateAsync(factory);

        var expected = await new UploadClient(factory.CreateClient(), plain.UploadToken).PostAsync(report);
        var answer = await new UploadClient(factory.CreateClient(), compressed.UploadToken).PostAsync(GzipFiles.Make(report), configure: Encoded("gzip"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(28, answer.Count("tests"));
        foreach (var count in (string[])["tests", "passed", "failed", "errored", "skipped"])
        {
            Assert.Equal(expected.Count(count), answer.Count(count));
        }
        Assert.Equal(28, (await compressed.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task GzipFileAsTheBody_IsKnownByItsMagicBytes()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(GzipFiles.Make(JUnitReports.Make(4, failed: 1)));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal((5, 1), (answer.Count("tests"), answer.Count("failed")));
        Assert.Equal("junit", answer.Json.GetProperty("files")[0].GetProperty("format").GetString());
    }

    [Fact]
    public async Task MultipartWithAGzipPart_CountsEveryPart_AndNamesItWithoutItsSuffix()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(JUnitReports.Make(2)), "file", "TEST-a.xml" },
            { new ByteArrayContent(GzipFiles.Make(JUnitReports.Make(3, failed: 1))), "file", "TEST-b.xml.gz" },
        };

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(form);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(6, answer.Count("tests"));
        Assert.Equal(["TEST-a.xml", "TEST-b.xml"], answer.Json.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task GzipMultipartBody_WithContentEncoding_IsReadPartByPart()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(JUnitReports.Make(2)), "file", "TEST-a.xml" },
            { new ByteArrayContent(JUnitReports.Make(3, failed: 1)), "file", "TEST-b.xml" },
        };
        var compressed = new ByteArrayContent(GzipFiles.Make(await form.ReadAsByteArrayAsync()));
        compressed.Headers.ContentType = form.Headers.ContentType;
        compressed.Headers.ContentEncoding.Add("gzip");

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(compressed);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(6, answer.Count("tests"));
    }

    [Fact]
    public async Task GzipOfAZip_IsTheReportsTheZipHolds()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var zip = ZipArchives.Make(("TEST-one.xml", JUnitReports.Make(2)), ("TEST-two.xml", JUnitReports.Make(3)));

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(GzipFiles.Make(zip));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(5, answer.Count("tests"));
    }

    public static TheoryData<string, byte[], Action<HttpRequestMessage>?> Refused => new()
    {
        { "gzip bomb", GzipFiles.Make(new byte[50 * 1024 * 1024]), null },
        { "gzip bomb", GzipFiles.Make(new byte[50 * 1024 * 1024]), Encoded("gzip") },
        { "corrupt", [0x1F, 0x8B, 0x08, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x03, 0xDE, 0xAD, 0xBE, 0xEF, 0x01, 0x02], null },
        { "'request body' is corrupt", JUnitReports.Make(2), Encoded("gzip") },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task BombOrCorruptGzip_Answers422_AndStoresNothing(string reason, byte[] body, Action<HttpRequestMessage>? configure)
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(body, configure: configure);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Contains(reason, answer.Error, StringComparison.Ordinal);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Fact]
    public async Task TruncatedGzip_IsAReportThatEndsEarly_Answers422_AndStoresNoResult()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(GzipFiles.Make(JUnitReports.Make(50))[..200]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("report", answer.Json.GetProperty("errors")[0].GetProperty("file").GetString());
        Assert.Equal(0, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task GzipInflatingBeyondTheUploadLimit_Answers413_AndStoresNothing()
    {
        using var strict = new DotApiFactory { Settings = { ["Uploads:MaxBytes"] = "65536" } };
        var scenario = await TenantScenario.CreateAsync(strict);
        var report = JUnitReports.Make(2000);
        Assert.True(GzipFiles.Make(report).Length < 65536, "the compressed report must fit the limit for the test to mean anything");

        var answer = await new UploadClient(strict.CreateClient(), scenario.UploadToken).PostAsync(GzipFiles.Make(report), configure: Encoded("gzip"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        await scenario.AssertNothingStoredAsync(strict.DataPath);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip, gzip")]
    [InlineData("deflate")]
    public async Task AnotherContentEncoding_Answers415_WithTheEncodingsItTakes(string coding)
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(
            JUnitReports.Make(1), configure: request => request.Content!.Headers.TryAddWithoutValidation("Content-Encoding", coding));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Contains("send gzip", answer.Error, StringComparison.Ordinal);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Fact]
    public async Task IdentityContentEncoding_IsThePlainBody()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(3), configure: Encoded("identity"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(3, answer.Count("tests"));
    }
}
