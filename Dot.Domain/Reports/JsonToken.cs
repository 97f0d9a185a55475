using System.Text.Json;

namespace Dot.Domain.Reports;

/// <summary>A token read ahead by <see cref="JsonPullReader"/>: its kind and depth, and where it stands in the buffer.</summary>
/// <param name="Type">What it is.</param>
/// <param name="Depth">As <see cref="Utf8JsonReader.CurrentDepth"/> gives it.</param>
/// <param name="Start">The buffer index of its first byte (the opening quote of a string or property name).</param>
/// <param name="ValueLength">The length of its value as written (escapes unresolved, quotes left out).</param>
/// <param name="Escaped">True when the value holds escapes.</param>
internal readonly record struct JsonToken(JsonTokenType Type, int Depth, int Start, int ValueLength, bool Escaped);
