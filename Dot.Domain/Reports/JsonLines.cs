namespace Dot.Domain.Reports;

/// <summary>
/// Counts the lines of the bytes a <see cref="JsonPullReader"/> has let go of, so that a byte offset still in its
/// buffer can be told as a line and a column, and a line and column as a byte offset. Lines end with '\n', as
/// <see cref="System.Text.Json.Utf8JsonReader"/> counts them; columns count bytes from 1.
/// </summary>
/// <param name="Newlines">How many line feeds the counted bytes hold.</param>
/// <param name="LineStart">The byte offset at which the last counted line starts.</param>
internal readonly record struct JsonLines(long Newlines, long LineStart)
{
    /// <summary>These counts with <paramref name="bytes"/>, which start at <paramref name="offset"/>, counted too.</summary>
    public JsonLines Advance(ReadOnlySpan<byte> bytes, long offset)
    {
        var count = bytes.Count((byte)'\n');
        return count == 0 ? this : new JsonLines(Newlines + count, offset + bytes.LastIndexOf((byte)'\n') + 1);
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>, a byte of <paramref name="window"/> (which starts at <paramref name="windowOffset"/>).</summary>
    public (int Line, int Column) PositionOf(long offset, ReadOnlySpan<byte> window, long windowOffset)
    {
        var at = Advance(window[..(int)Math.Clamp(offset - windowOffset, 0, window.Length)], windowOffset);
        return (Clamp(at.Newlines + 1), Clamp(offset - at.LineStart + 1));
    }

    /// <summary>The byte offset at which the 0-based line <paramref name="lineIndex"/> starts, looked for in <paramref name="window"/> when it is past the counted bytes.</summary>
    public long StartOfLine(long lineIndex, ReadOnlySpan<byte> window, long windowOffset)
    {
        var start = LineStart;
        for (var line = Newlines; line < lineIndex; line++)
        {
            var next = window.IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start = windowOffset + next + 1;
            windowOffset = start;
            window = window[(next + 1)..];
        }

        return start;
    }

    private static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);
}
