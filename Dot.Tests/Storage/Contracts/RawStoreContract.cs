using System.Security.Cryptography;
using Dot.Domain.Identifiers;
using Dot.Domain.Uploads;

namespace Dot.Tests.Storage.Contracts;

/// <summary>What every <see cref="IRawStore"/> adapter must do; each test works under fresh tenant, dataset and upload ids.</summary>
public abstract class RawStoreContract(IRawStore store)
{
    [Fact]
    public async Task AWrittenFileReadsBackTheSameBytes()
    {
        var key = NewKey();
        var content = RandomNumberGenerator.GetBytes(300_000);

        var size = await WriteAsync(key, content);

        Assert.Equal(content.Length, size);
        Assert.Equal(content, await ReadAsync(key));
    }

    [Fact]
    public async Task AFailingSourceLeavesNothing()
    {
        var key = NewKey();
        await using var source = await FailingSource.OpenAsync(50_000);

        await Assert.ThrowsAsync<IOException>(() => store.WriteAsync(key, source, CancellationToken.None));

        await Assert.ThrowsAnyAsync<IOException>(() => ReadAsync(key));
    }

    [Fact]
    public async Task DeletingAnUploadRemovesEveryFileOfItAndNothingElse()
    {
        var key = NewKey();
        var secondFile = key with { FileIndex = 1 };
        var others = new[]
        {
            key with { UploadId = NewId("upl") },
            key with { DatasetId = NewId("dst") },
            key with { TenantId = NewId("ten") },
        };
        foreach (var file in others.Append(key).Append(secondFile))
        {
            await WriteAsync(file, [1, 2, 3]);
        }

        await store.DeleteUploadAsync(key.TenantId, key.DatasetId, key.UploadId, CancellationToken.None);

        await Assert.ThrowsAnyAsync<IOException>(() => ReadAsync(key));
        await Assert.ThrowsAnyAsync<IOException>(() => ReadAsync(secondFile));
        foreach (var other in others)
        {
            Assert.Equal([1, 2, 3], await ReadAsync(other));
        }
    }

    [Fact]
    public async Task DeletingAnUploadWithoutFilesDoesNothing()
    {
        var key = NewKey();

        await store.DeleteUploadAsync(key.TenantId, key.DatasetId, key.UploadId, CancellationToken.None);

        await Assert.ThrowsAnyAsync<IOException>(() => ReadAsync(key));
    }

    [Fact]
    public async Task AKeyCannotLeaveItsTenantOrItsRoot()
    {
        var key = NewKey();
        RawFileKey[] escapes =
        [
            new("..", "..", "..", 0),
            key with { DatasetId = "..", UploadId = NewId("ten") },
            key with { UploadId = "." },
            key with { DatasetId = string.Empty },
        ];

        foreach (var escape in escapes)
        {
            await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync(escape, [1]));
            await Assert.ThrowsAsync<ArgumentException>(() => ReadAsync(escape));
            await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteUploadAsync(escape.TenantId, escape.DatasetId, escape.UploadId, CancellationToken.None));
        }
    }

    private static RawFileKey NewKey() => new(NewId("ten"), NewId("dst"), NewId("upl"), 0);

    private static string NewId(string prefix) => OpaqueId.New(prefix);

    private async Task<long> WriteAsync(RawFileKey key, byte[] content)
    {
        using var source = new MemoryStream(content);
        return await store.WriteAsync(key, source, CancellationToken.None);
    }

    private async Task<byte[]> ReadAsync(RawFileKey key)
    {
        await using var stream = await store.OpenReadAsync(key, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
