namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// The table's attribute and index names (docs/decisions/0011-aws-stores.md). Every partition key is
/// <c>TENANT#&lt;tenant&gt;</c>; the indexes hold keys only.
/// </summary>
internal static class TableKeys
{
    public const string Pk = "pk";
    public const string Sk = "sk";

    /// <summary>The authentication lookups: a token by its hash, a membership by (issuer, subject).</summary>
    public const string ByLookup = "byLookup";
    public const string Lookup = "lookup";

    /// <summary>Ordered lists inside one tenant: a dataset's uploads, a connector's runs. Its partition key starts with the tenant too.</summary>
    public const string ByParent = "byParent";
    public const string Parent = "parent";
    public const string Ordinal = "ordinal";

    /// <summary>The work that spans tenants: upload jobs and due connectors, by the time they become claimable.</summary>
    public const string ByQueue = "byQueue";
    public const string Queue = "queue";
    public const string QueueAt = "queueAt";

    private const string TenantPrefix = "TENANT#";

    public static string Tenant(string tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return TenantPrefix + tenantId;
    }

    public static string TenantOf(string pk) =>
        pk.StartsWith(TenantPrefix, StringComparison.Ordinal) ? pk[TenantPrefix.Length..] : throw new InvalidOperationException("A key outside any tenant was read.");
}
