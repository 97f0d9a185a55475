using Dot.Domain.Analytics;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch;

/// <summary>
/// The one way the analytics adapter reaches OpenSearch: every search and count is sent to the scope's tenant's
/// index with <c>routing</c> = tenant id and its query wrapped in a filter on the tenant and the scope's datasets;
/// every delete, update and bulk write names one tenant and gets the same routing and tenant filter. Readers and
/// writers hold this, never the client, so no query can leave the tenant out.
/// </summary>
public sealed class TenantIndex(OpenSearchClient client, TenantIndexes indexes)
{
    public const string TenantField = "tenant";

    public const string DatasetField = "dataset";

    public Task<SearchResponse> SearchAsync(DocumentKind kind, AnalyticsScope scope, SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(request);
        return client.SearchAsync(indexes.For(kind, scope.TenantId), scope.TenantId, request with { Query = InScope(scope, request.Query) }, cancellationToken);
    }

    public Task<long> CountAsync(DocumentKind kind, AnalyticsScope scope, Query query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return client.CountAsync(indexes.For(kind, scope.TenantId), scope.TenantId, InScope(scope, query), cancellationToken);
    }

    public async Task<long> DeleteAsync(DocumentKind kind, string tenantId, Query query, CancellationToken cancellationToken, int? maxDocs = null) =>
        (await client.DeleteByQueryAsync(indexes.For(kind, tenantId), tenantId, OfTenant(tenantId, query), maxDocs, cancellationToken)).Deleted;

    public async Task<long> UpdateAsync(DocumentKind kind, string tenantId, Query query, Script script, CancellationToken cancellationToken) =>
        (await client.UpdateByQueryAsync(indexes.For(kind, tenantId), tenantId, OfTenant(tenantId, query), script, cancellationToken)).Updated;

    /// <summary>Indexes documents of <paramref name="tenantId"/> under their ids, routed by the tenant.</summary>
    public Task IndexAsync<TSource>(DocumentKind kind, string tenantId, IEnumerable<(string Id, TSource Source)> documents, CancellationToken cancellationToken)
        where TSource : ITenantDocument
    {
        var index = indexes.For(kind, tenantId);
        return client.BulkAsync(documents.Select(document => document.Source.Tenant == tenantId
            ? new BulkLine(
                System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new BulkAction(new BulkTarget(index, document.Id, tenantId)), OpenSearchJson.Options),
                System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(document.Source, OpenSearchJson.Options))
            : throw new ArgumentException("A document of another tenant cannot be written with this one's.", nameof(documents))), cancellationToken);
    }

    /// <summary>The filter every read starts from: the tenant, and one of the scope's datasets (none: nothing matches).</summary>
    public static Query InScope(AnalyticsScope scope, Query query) =>
        Query.All([Query.TermOf(TenantField, scope.TenantId), Query.TermsOf(DatasetField, scope.DatasetIds), query]);

    private static Query OfTenant(string tenantId, Query query)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return Query.All([Query.TermOf(TenantField, tenantId), query]);
    }
}
