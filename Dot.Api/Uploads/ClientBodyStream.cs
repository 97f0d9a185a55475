namespace Dot.Api.Uploads;

/// <summary>
/// A read-only view of the request body (or of one multipart section) whose read failures are the client's:
/// every <see cref="IOException"/> from it comes out as a <see cref="RequestBodyException"/>.
/// </summary>
public sealed class ClientBodyStream(Stream body) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Runs a read of the request body, turning its I/O failures into <see cref="RequestBodyException"/>.</summary>
    public static async ValueTask<T> ReadingAsync<T>(Func<ValueTask<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return await read();
        }
        catch (IOException failure) when (failure is not RequestBodyException)
        {
            throw new RequestBodyException(failure);
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return body.Read(buffer, offset, count);
        }
        catch (IOException failure) when (failure is not RequestBodyException)
        {
            throw new RequestBodyException(failure);
        }
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ReadingAsync(() => body.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
