using Dot.Storage.Aws.OpenSearch.Client;
using Dot.Storage.Aws.OpenSearch.Documents;

namespace Dot.Storage.Aws.OpenSearch;

/// <summary>
/// What DoT applies at start: one index template per document kind (its pooled index and every dedicated one, the
/// explicit strict mapping, a one-second refresh interval), then the indexes themselves, so reads never meet a
/// missing index.
/// </summary>
internal static class IndexSetup
{
    public const string RefreshInterval = "1s";

    public static async Task ApplyAsync(OpenSearchClient client, TenantIndexes indexes, CancellationToken cancellationToken)
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            await client.PutIndexTemplateAsync(indexes.Pooled(kind), TemplateOf(indexes, kind), cancellationToken);
        }
        foreach (var index in indexes.All())
        {
            await client.EnsureIndexAsync(index, cancellationToken);
        }
    }

    public static IndexTemplate TemplateOf(TenantIndexes indexes, DocumentKind kind) =>
        new(indexes.Patterns(kind), new IndexTemplateBody(new IndexSettings(RefreshInterval), new IndexMappings(MappingOf(kind))));

    private static IReadOnlyDictionary<string, FieldMapping> MappingOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Results => ResultSource.Mapping,
        DocumentKind.WorkItems => WorkItemSource.Mapping,
        DocumentKind.Reviews => ReviewSource.Mapping,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind."),
    };
}
