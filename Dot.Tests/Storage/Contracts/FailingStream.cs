namespace Dot.Tests.Storage.Contracts;

/// <summary>A source that gives some bytes and then fails, as a request body does when its connection drops.</summary>
internal sealed class FailingStream(int bytesBeforeFailure) : Stream
{
    private int _given;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _given;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_given >= bytesBeforeFailure)
        {
            throw new IOException("The connection was reset.");
        }
        var length = Math.Min(count, bytesBeforeFailure - _given);
        buffer.AsSpan(offset, length).Fill((byte)'x');
        _given += length;
        return length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
