using System.Collections.Frozen;

namespace Dot.Storage.Aws.OpenSearch;

/// <summary>
/// Which index holds a tenant's documents of a kind: the pooled one (<c>{prefix}-results</c>), or the tenant's own
/// (<c>{prefix}-results-tenant-{id}</c>) for a tenant named in <c>DedicatedTenants</c>. Both are queried the same way,
/// tenant filter and routing included.
/// </summary>
public sealed class TenantIndexes
{
    private readonly string _prefix;
    private readonly FrozenSet<string> _dedicated;

    public TenantIndexes(string prefix, IEnumerable<string> dedicatedTenants)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentNullException.ThrowIfNull(dedicatedTenants);
        _prefix = prefix;
        _dedicated = dedicatedTenants.ToFrozenSet(StringComparer.Ordinal);
    }

    public string For(DocumentKind kind, string tenantId) =>
        _dedicated.Contains(tenantId) ? Dedicated(kind, tenantId) : Pooled(kind);

    public string Pooled(DocumentKind kind) => $"{_prefix}-{Name(kind)}";

    /// <summary>The name patterns of <paramref name="kind"/>'s template: the pooled index and every dedicated one.</summary>
    public IReadOnlyList<string> Patterns(DocumentKind kind) => [Pooled(kind), $"{Pooled(kind)}-tenant-*"];

    /// <summary>Every index DoT writes: the pooled ones and the dedicated tenants' ones.</summary>
    public IEnumerable<string> All() =>
        Enum.GetValues<DocumentKind>().SelectMany(kind => _dedicated.Select(tenant => Dedicated(kind, tenant)).Prepend(Pooled(kind)));

    // Index names are lower case; the tenant filter inside keeps two ids differing only in case apart.
    private string Dedicated(DocumentKind kind, string tenantId) => $"{Pooled(kind)}-tenant-{tenantId.ToLowerInvariant()}";

    private static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.Results => "results",
        DocumentKind.WorkItems => "work-items",
        DocumentKind.Reviews => "reviews",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind."),
    };
}
