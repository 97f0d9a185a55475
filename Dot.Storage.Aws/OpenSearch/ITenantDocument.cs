namespace Dot.Storage.Aws.OpenSearch;

/// <summary>A document source as indexed: it names its tenant, which must be the tenant it is written for.</summary>
public interface ITenantDocument
{
    string Tenant { get; }
}
