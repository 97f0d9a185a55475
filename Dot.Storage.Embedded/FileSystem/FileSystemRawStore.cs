using Dot.Domain.Health;
using Dot.Domain.Uploads;
using Microsoft.Extensions.Options;

namespace Dot.Storage.Embedded.FileSystem;

/// <summary>The raw store on the local file system, laid out like the S3 keys: raw/tenant/dataset/upload/file.</summary>
public sealed class FileSystemRawStore(IOptions<EmbeddedStorageOptions> options) : IRawStore, IStoreProbe
{
    private readonly string _root = Path.Combine(options.Value.FullPath, "raw");

    public async Task<long> WriteAsync(RawFileKey key, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(key.Path);
        OwnerOnly.CreateFolder(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        try
        {
            await using (var file = new FileStream(partial, OwnerOnly.NewFileOptions(FileMode.Create, FileAccess.Write)))
            {
                await content.CopyToAsync(file, 64 * 1024, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.Move(partial, path, overwrite: true);
            return new FileInfo(path).Length;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    public Task<Stream> OpenReadAsync(RawFileKey key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key.Path), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true));

    public Task DeleteUploadAsync(string tenantId, string datasetId, string uploadId, CancellationToken cancellationToken)
    {
        var folder = PathOf($"{tenantId}/{datasetId}/{uploadId}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    public string Name => "raw";

    /// <summary>A file written (to the disk) and removed in the root folder: the folder is there and takes writes.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        OwnerOnly.CreateFolder(_root);
        var probe = Path.Combine(_root, $".probe-{Guid.NewGuid():N}");
        try
        {
            await using var file = new FileStream(probe, OwnerOnly.NewFileOptions(FileMode.CreateNew, FileAccess.Write));
            await file.WriteAsync(new byte[] { 1 }, cancellationToken);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            File.Delete(probe);
        }
    }

    /// <summary>
    /// Keys are built from opaque ids only; a part that names another folder (empty, <c>.</c>, <c>..</c>, a backslash)
    /// is refused, so a key stays in its own tenant's folder, and anything else that could leave the root too.
    /// </summary>
    private string PathOf(string key)
    {
        if (key.Split('/').Any(part => part is "" or "." or ".." || part.Contains('\\', StringComparison.Ordinal)))
        {
            throw new ArgumentException("A raw store key part is not a plain name.", nameof(key));
        }
        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("The raw store key leaves its root.", nameof(key));
    }
}
