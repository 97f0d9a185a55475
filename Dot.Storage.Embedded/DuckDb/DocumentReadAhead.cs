using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Enumerates an upload's documents (parsing its files as they go) on a thread of its own, a few chunks ahead of the
/// writer, so that parsing and storing use both cores, and an upload waiting for the writer is parsed meanwhile.
/// Bounded: at most <see cref="ChunksAhead"/> chunks of <see cref="ChunkSize"/> documents wait. An exception of the
/// source reaches the reader as itself, after the documents before it; disposing stops the source and waits for it,
/// so nothing reads the upload's files once the write has returned.
/// </summary>
internal sealed class DocumentReadAhead<T> : IDisposable
{
    private const int ChunkSize = 1024;
    private const int ChunksAhead = 8;

    private readonly BlockingCollection<T[]> _chunks = new(ChunksAhead);
    private readonly CancellationTokenSource _stop;
    private readonly Task _reader;
    private ExceptionDispatchInfo? _failure;

    public DocumentReadAhead(IEnumerable<T> source, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _reader = Task.Factory.StartNew(() => Read(source), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The documents in the source's order; throws what the source threw once the documents before it are out.</summary>
    public IEnumerable<T> Documents()
    {
        foreach (var chunk in _chunks.GetConsumingEnumerable(_stop.Token))
        {
            foreach (var document in chunk)
            {
                yield return document;
            }
        }
        _failure?.Throw();
    }

    private void Read(IEnumerable<T> source)
    {
        try
        {
            var chunk = new T[ChunkSize];
            var count = 0;
            foreach (var document in source)
            {
                chunk[count++] = document;
                if (count == ChunkSize)
                {
                    _chunks.Add(chunk, _stop.Token);
                    (chunk, count) = (new T[ChunkSize], 0);
                }
            }
            if (count > 0)
            {
                _chunks.Add(chunk[..count], _stop.Token);
            }
        }
        catch (Exception exception)
        {
            _failure = ExceptionDispatchInfo.Capture(exception);
        }
        finally
        {
            _chunks.CompleteAdding();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _reader.Wait();
        _stop.Dispose();
        _chunks.Dispose();
    }
}
