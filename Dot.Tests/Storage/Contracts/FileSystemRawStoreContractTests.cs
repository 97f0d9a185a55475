using Dot.Storage.Embedded.FileSystem;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The raw store contract against the file system, plus what only files show: no partial file is left behind.</summary>
public sealed class FileSystemRawStoreContractTests(TempFolder folder)
    : RawStoreContract(new FileSystemRawStore(EmbeddedStorage.In(folder))), IClassFixture<TempFolder>
{
    private readonly TempFolder _folder = folder;

    [Fact]
    public async Task AFailedWriteLeavesNoPartialFile()
    {
        var store = new FileSystemRawStore(EmbeddedStorage.In(_folder));
        await using var source = await FailingSource.OpenAsync(10);

        await Assert.ThrowsAsync<IOException>(() => store.WriteAsync(new("ten_x", "dst_x", "upl_x", 0), source, CancellationToken.None));

        Assert.Empty(Directory.EnumerateFiles(_folder.Path, "*.partial", SearchOption.AllDirectories));
    }
}
