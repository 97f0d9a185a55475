using Dot.Api.GraphQL.Tokens;
using Dot.Domain.Tokens;
using GraphQL.Types;

namespace Dot.Api.GraphQL.ReadTokens;

public sealed class ReadTokenType : IssuedTokenType<ReadToken>
{
    public ReadTokenType()
        : base("ReadToken")
    {
        Description = "A read-only token for dashboards (Authorization: Bearer dot_read_...): one dataset or the whole tenant, Public data or all of it.";
        Field<IdGraphType>("datasetId")
            .Description("The one dataset the token reads; null when it reads every dataset of the tenant.")
            .Resolve(c => c.Source.DatasetId);
        Field<NonNullGraphType<DataScopeType>>("scope").Resolve(c => c.Source.Scope);
    }
}

/// <summary>The classes of data a caller may read, as GraphQL shows them.</summary>
public sealed class DataScopeType : EnumerationGraphType<DataScope>
{
    public DataScopeType()
    {
        Name = "DataScope";
        Description = "The classes of data a caller may read: PUBLIC (project information, app store ratings and comments) or RESTRICTED (all data: test results, work items, names...).";
    }
}
