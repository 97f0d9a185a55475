using System.IO.Pipelines;

namespace Dot.Tests.Storage.Contracts;

/// <summary>A source that gives some bytes and then fails, as a request body does when its connection drops.</summary>
internal static class FailingSource
{
    /// <summary>At most the pipe's pause threshold (64 KiB) of bytes, so writing them does not wait for a reader.</summary>
    public static async Task<Stream> OpenAsync(int bytesBeforeFailure)
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(new byte[bytesBeforeFailure]);
        await pipe.Writer.CompleteAsync(new IOException("The connection was reset."));
        return pipe.Reader.AsStream();
    }
}
