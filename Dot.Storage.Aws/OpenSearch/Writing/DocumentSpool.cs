using System.Text.Json;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Writing;

/// <summary>
/// An upload's documents written to a temporary file as JSON lines before anything is sent: a report that fails to
/// parse half-way, a document of another tenant or a cancellation leaves OpenSearch untouched, and a large report
/// is never held in memory. The file is deleted when the spool is disposed.
/// </summary>
internal sealed class DocumentSpool<TSource> : IDisposable
{
    private readonly FileStream _file = new(
        Path.Combine(Path.GetTempPath(), $"dot-spool-{Guid.NewGuid():N}.jsonl"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);

    public int Count { get; private set; }

    public void Add(TSource source)
    {
        JsonSerializer.Serialize(_file, source, OpenSearchJson.Options);
        _file.WriteByte((byte)'\n');
        Count++;
    }

    /// <summary>The documents in the order they were added.</summary>
    public IEnumerable<TSource> Read()
    {
        _file.Flush();
        _file.Position = 0;
        using var reader = new StreamReader(_file, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            yield return JsonSerializer.Deserialize<TSource>(line, OpenSearchJson.Options)!;
        }
    }

    public void Dispose() => _file.Dispose();
}
