using System.Net;
using Dot.Tests.Storage;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Storage;

/// <summary>The data folder and everything the API writes in it are readable by their owner only.</summary>
public sealed class DataAtRestTests
{
    private const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public async Task AfterAnUpload_NoFileOrFolderOfTheDataFolder_IsOpenToGroupOrOthers()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var parent = new TempFolder();
        var dataPath = Path.Combine(parent.Path, "data");
        using (var factory = new DotApiFactory { DataPath = dataPath })
        {
            var scenario = await TenantScenario.CreateAsync(factory);
            var upload = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(3));
            Assert.Equal(HttpStatusCode.OK, upload.Status);

            var entries = Directory.EnumerateFileSystemEntries(dataPath, "*", SearchOption.AllDirectories).Prepend(dataPath).ToList();

            Assert.Contains(entries, e => e.EndsWith("config.db", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.Contains($"{Path.DirectorySeparatorChar}raw{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.EndsWith("analytics.duckdb", StringComparison.Ordinal));
            var open = new List<string>();
            foreach (var entry in entries)
            {
                if ((File.GetUnixFileMode(entry) & GroupOrOther) != 0)
                {
                    open.Add($"{entry}: {File.GetUnixFileMode(entry)}");
                }
            }
            Assert.Empty(open);
        }
    }
}
