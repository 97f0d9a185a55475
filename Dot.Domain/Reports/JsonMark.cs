using System.Text.Json;

namespace Dot.Domain.Reports;

/// <summary>A place in a JSON document that <see cref="JsonPullReader.Rewind"/> can go back to.</summary>
/// <param name="Offset">The byte offset of the first byte not yet read.</param>
/// <param name="State">The reader's state there (depth, container kinds, line and column).</param>
/// <param name="Lines">The line count of the bytes before <paramref name="Offset"/>.</param>
internal readonly record struct JsonMark(long Offset, JsonReaderState State, JsonLines Lines);
