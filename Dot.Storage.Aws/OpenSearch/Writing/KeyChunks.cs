namespace Dot.Storage.Aws.OpenSearch.Writing;

/// <summary>Keys in chunks small enough for one <c>terms</c> query (OpenSearch refuses more than 65,536 terms).</summary>
internal static class KeyChunks
{
    public const int Size = 10_000;

    public static IEnumerable<string[]> Of(IEnumerable<string> keys) => keys.Order(StringComparer.Ordinal).Chunk(Size);
}
