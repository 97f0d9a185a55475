using System.IO.Compression;

namespace Dot.Domain.Uploads;

/// <summary>The raw files of one upload, opened for the worker: a report file, or an entry of a stored zip archive.</summary>
public sealed class RawFileSet : IAsyncDisposable
{
    private readonly Dictionary<int, Stream> _raw;
    private readonly Dictionary<int, ZipArchive> _archives = [];
    private Stream? _openEntry;

    private RawFileSet(Dictionary<int, Stream> raw) => _raw = raw;

    public static async Task<RawFileSet> OpenAsync(IRawStore store, Upload upload, CancellationToken cancellationToken)
    {
        var raw = new Dictionary<int, Stream>();
        try
        {
            foreach (var index in upload.Files.Select(f => f.RawIndex).Distinct())
            {
                raw[index] = await store.OpenReadAsync(new RawFileKey(upload.TenantId, upload.DatasetId, upload.Id, index), cancellationToken);
            }
            return new RawFileSet(raw);
        }
        catch
        {
            foreach (var stream in raw.Values)
            {
                await stream.DisposeAsync();
            }
            throw;
        }
    }

    /// <summary>
    /// The content of one report file, owned by this set: files are read one after another, and opening the next
    /// archive entry closes the previous one.
    /// </summary>
    public Stream Open(UploadFile file)
    {
        _openEntry?.Dispose();
        _openEntry = null;
        var stream = _raw[file.RawIndex];
        if (file.ArchiveEntry is null)
        {
            return stream;
        }
        if (!_archives.TryGetValue(file.RawIndex, out var archive))
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            _archives[file.RawIndex] = archive;
        }
        _openEntry = EntryOf(archive, file)?.Open()
            ?? throw new InvalidDataException($"The archive entry '{file.ArchiveEntry}' is missing from the stored archive.");
        return _openEntry;
    }

    /// <summary>The entry at the file's position in the archive (by name for uploads stored before positions were).</summary>
    private static ZipArchiveEntry? EntryOf(ZipArchive archive, UploadFile file) =>
        file.ArchiveEntryIndex is not { } index
            ? archive.GetEntry(file.ArchiveEntry!)
            : index < archive.Entries.Count && archive.Entries[index].FullName == file.ArchiveEntry ? archive.Entries[index] : null;

    public async ValueTask DisposeAsync()
    {
        _openEntry?.Dispose();
        foreach (var archive in _archives.Values)
        {
            archive.Dispose();
        }
        foreach (var stream in _raw.Values)
        {
            await stream.DisposeAsync();
        }
    }
}
