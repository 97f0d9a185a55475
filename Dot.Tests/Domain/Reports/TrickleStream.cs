using Dot.Domain.IO;

namespace Dot.Tests.Domain.Reports;

/// <summary>The given bytes as a stream that hands out one byte per read, so that every boundary between reads is tried.</summary>
internal sealed class TrickleStream(byte[] bytes) : ReadOnlyStream
{
    private int _position;

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty || _position == bytes.Length)
        {
            return 0;
        }

        buffer[0] = bytes[_position++];
        return 1;
    }
}
