using System.Security.Cryptography;
using Dot.Domain.IO;

namespace Dot.Domain.Intake;

/// <summary>
/// Reads through another stream while hashing every byte (SHA-256), keeping the first bytes for format
/// detection, and stopping with <see cref="UploadTooLargeException"/> once more than the budget has passed.
/// </summary>
public sealed class MeteredReadStream(Stream inner, IncrementalHash hash, UploadBudget budget, int headLength) : ReadOnlyStream
{
    private readonly byte[] _head = new byte[headLength];
    private int _headFilled;

    public ReadOnlySpan<byte> Head => _head.AsSpan(0, _headFilled);

    public long BytesRead { get; private set; }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Account(buffer.Span[..read]);
        return read;
    }

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Account(buffer[..read]);
        return read;
    }

    private void Account(ReadOnlySpan<byte> data)
    {
        budget.Spend(data.Length);
        BytesRead += data.Length;
        hash.AppendData(data);
        var copy = Math.Min(data.Length, _head.Length - _headFilled);
        data[..copy].CopyTo(_head.AsSpan(_headFilled));
        _headFilled += copy;
    }
}
