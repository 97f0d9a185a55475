namespace Dot.Storage.Aws.OpenSearch;

/// <summary>The kinds of analytics document, each in an index (pooled, or a dedicated tenant's) of its own.</summary>
public enum DocumentKind
{
    Results,
    WorkItems,
    Reviews,
}
