using System.Text;

namespace Dot.Domain.Reports;

/// <summary>
/// The text of an XML report as <see cref="System.Xml.XmlReader"/> reads it: the bytes of the stream decoded in the
/// encoding that <see cref="XmlEncodingSniffer"/> finds (the byte-order mark skipped), every chunk passed through a
/// <see cref="StartTagScanner"/> before the XML reader sees it. Bytes the encoding cannot decode are rejected.
/// The caller owns the stream; it is not closed.
/// </summary>
internal sealed class XmlTextSource(Stream stream, int maxTagLength) : TextReader
{
    private const int BufferLength = 16 * 1024;

    private readonly StartTagScanner _scanner = new(maxTagLength);
    private readonly byte[] _bytes = new byte[BufferLength];
    private readonly char[] _chars = new char[BufferLength];
    private Decoder? _decoder;
    private string _encodingName = string.Empty;
    private int _byteStart;
    private int _byteEnd;
    private int _charStart;
    private int _charEnd;
    private bool _endOfStream;

    public override int Read(Span<char> buffer)
    {
        if (_charStart == _charEnd && !Fill())
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, _charEnd - _charStart);
        _chars.AsSpan(_charStart, count).CopyTo(buffer);
        _charStart += count;
        return count;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read()
    {
        var next = Peek();
        if (next >= 0)
        {
            _charStart++;
        }

        return next;
    }

    public override int Peek() => _charStart < _charEnd || Fill() ? _chars[_charStart] : -1;

    private bool Fill()
    {
        var decoder = _decoder ?? Start();
        while (true)
        {
            if (_byteStart == _byteEnd && !_endOfStream)
            {
                _byteStart = 0;
                _byteEnd = stream.Read(_bytes);
                _endOfStream = _byteEnd == 0;
            }

            int bytesUsed, charsUsed;
            try
            {
                decoder.Convert(_bytes.AsSpan(_byteStart, _byteEnd - _byteStart), _chars, _endOfStream, out bytesUsed, out charsUsed, out _);
            }
            catch (DecoderFallbackException exception)
            {
                throw new ReportParseException($"the report holds bytes that are not valid {_encodingName}", _scanner.Line, null, exception);
            }

            _byteStart += bytesUsed;
            if (charsUsed > 0)
            {
                _scanner.Scan(_chars.AsSpan(0, charsUsed));
                (_charStart, _charEnd) = (0, charsUsed);
                return true;
            }

            if (_endOfStream)
            {
                return false;
            }
        }
    }

    private Decoder Start()
    {
        _byteEnd = stream.ReadAtLeast(_bytes, XmlEncodingSniffer.HeadLength, throwOnEndOfStream: false);
        _endOfStream = _byteEnd == 0;
        var encoding = XmlEncodingSniffer.Sniff(_bytes.AsSpan(0, _byteEnd));
        _byteStart = encoding.PreambleLength;
        _encodingName = encoding.Encoding.WebName;
        _decoder = encoding.Encoding.GetDecoder();
        return _decoder;
    }
}
