using Dot.Domain.IO;

namespace Dot.Api.Uploads;

/// <summary>
/// A read-only view of the request body (or of one multipart section) whose read failures are the client's:
/// every <see cref="IOException"/> from it comes out as a <see cref="RequestBodyException"/>.
/// </summary>
public sealed class ClientBodyStream(Stream body) : ReadOnlyStream
{
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

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return body.Read(buffer);
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
}
