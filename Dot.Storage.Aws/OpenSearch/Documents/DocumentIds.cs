namespace Dot.Storage.Aws.OpenSearch.Documents;

/// <summary>The id of an upload's document: tenant, upload and position, the same however often the upload is processed.</summary>
public static class DocumentIds
{
    public static string Of(string tenantId, string uploadId, int ordinal) => $"{tenantId}:{uploadId}:{ordinal}";
}
