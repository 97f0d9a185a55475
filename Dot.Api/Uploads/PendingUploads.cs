using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Dot.Api.Uploads;

/// <summary>Uploads waiting for a worker, each at most once in the queue at a time.</summary>
public sealed class PendingUploads
{
    private readonly Channel<UploadWorkItem> _channel = Channel.CreateUnbounded<UploadWorkItem>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    public void Enqueue(UploadWorkItem item)
    {
        if (_pending.TryAdd(item.UploadId, 0))
        {
            _channel.Writer.TryWrite(item);
        }
    }

    public async IAsyncEnumerable<UploadWorkItem> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in _channel.Reader.ReadAllAsync(cancellationToken))
        {
            _pending.TryRemove(item.UploadId, out _);
            yield return item;
        }
    }
}

/// <summary>One upload to process.</summary>
public sealed record UploadWorkItem(string TenantId, string UploadId);
