using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Uploads;

/// <summary>A zip of reports is one upload with counts per file; bombs and tricks are refused and leave nothing.</summary>
public sealed class UploadArchiveTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Fact]
    public async Task ZipOfReports_IsOneUpload_WithCountsPerFile()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var zip = ZipArchives.Make(("a/TEST-one.xml", JUnitReports.Make(2)), ("b/TEST-two.xml", JUnitReports.Make(3, failed: 2)));

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(zip);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(7, answer.Count("tests"));
        var files = answer.Json.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["report/a/TEST-one.xml", "report/b/TEST-two.xml"], files.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal([2, 5], files.Select(f => f.GetProperty("counts").GetProperty("tests").GetInt32()));
        Assert.Equal(7, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ZipWithTwoEntriesOfOneName_CountsBoth()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var zip = ZipArchives.Make(("TEST-shard.xml", JUnitReports.Make(2, seed: "first")), ("TEST-shard.xml", JUnitReports.Make(3, failed: 1, seed: "second")));

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(zip);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var files = answer.Json.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([2, 4], files.Select(f => f.GetProperty("counts").GetProperty("tests").GetInt32()));
        Assert.Equal(6, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ZipWithOneBrokenReport_StoresNothingOfAnyFile()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var broken = System.Text.Encoding.UTF8.GetBytes("<testsuites><testsuite name=\"x\"><testcase name=\"a\">");
        var zip = ZipArchives.Make(("good.xml", JUnitReports.Make(5)), ("broken.xml", broken));

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(zip);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("report/broken.xml", answer.Json.GetProperty("errors")[0].GetProperty("file").GetString());
        Assert.Equal(0, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    public static TheoryData<string, byte[]> TrickEntries => new()
    {
        { "leaves the archive", ZipArchives.Make(("../evil.xml", JUnitReports.Make(1))) },
        { "absolute path", ZipArchives.Make(("/etc/evil.xml", JUnitReports.Make(1))) },
        { "nested archives", ZipArchives.Make(("inner.zip", ZipArchives.Make(("a.xml", JUnitReports.Make(1))))) },
        { "nested archives", ZipArchives.Make(("inner.bin", ZipArchives.Make(("a.xml", JUnitReports.Make(1))))) },
        { "zip bomb", ZipArchives.Make(("bomb.xml", new byte[20 * 1024 * 1024])) },
        { "is empty", ZipArchives.Make(("empty.xml", [])) },
        { "control or invisible characters", ZipArchives.Make(("\u001b[2Jreport.xml", JUnitReports.Make(1))) },
        { "control or invisible characters", ZipArchives.Make(("report\r\nforged.xml", JUnitReports.Make(1))) },
        { "control or invisible characters", ZipArchives.Make(("report\u202Elmx.exe", JUnitReports.Make(1))) },
        { "control or invisible characters", ZipArchives.Make(("rep\u200Bort.xml", JUnitReports.Make(1))) },
    };

    [Theory]
    [MemberData(nameof(TrickEntries))]
    public async Task TrickArchive_Answers422_AndStoresNothing(string reason, byte[] zip)
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(zip);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Contains(reason, answer.Error, StringComparison.Ordinal);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Fact]
    public async Task CorruptZip_Answers422()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var corrupt = ZipArchives.Make(("a.xml", JUnitReports.Make(3)))[..40];

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(corrupt);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Fact]
    public async Task ArchiveWithTooManyEntries_Answers413()
    {
        using var strict = new DotApiFactory { Settings = { ["Uploads:Archives:MaxEntries"] = "2" } };
        var scenario = await TenantScenario.CreateAsync(strict);
        var zip = ZipArchives.Make(("1.xml", JUnitReports.Make(1)), ("2.xml", JUnitReports.Make(1)), ("3.xml", JUnitReports.Make(1)));

        var answer = await new UploadClient(strict.CreateClient(), scenario.UploadToken).PostAsync(zip);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        await scenario.AssertNothingStoredAsync(strict.DataPath);
    }

    [Fact]
    public async Task ArchiveUnpackingBeyondTheLimit_Answers413()
    {
        using var strict = new DotApiFactory { Settings = { ["Uploads:Archives:MaxUncompressedBytes"] = "4096" } };
        var scenario = await TenantScenario.CreateAsync(strict);
        var zip = ZipArchives.Make(("big.xml", JUnitReports.Make(200)));

        var answer = await new UploadClient(strict.CreateClient(), scenario.UploadToken).PostAsync(zip);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        await scenario.AssertNothingStoredAsync(strict.DataPath);
    }
}
