using Dot.Api.GraphQL.ReadTokens;
using Dot.Domain.Tenancy;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Viewer;

/// <summary>The caller as DoT sees it: who, in which tenant, with which roles, and what it may read.</summary>
public sealed class ViewerType : ObjectGraphType<Caller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Field<NonNullGraphType<StringGraphType>>("subject")
            .Description("The identity's subject, or the read token's id.")
            .Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<TenantType>>("tenant").Resolve(c => c.Source.TenantId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("The caller's roles in its tenant: owner or member.")
            .Resolve(c => new[] { RoleNames.Of(c.Source.Role) });
        Field<IdGraphType>("datasetId")
            .Description("The one dataset the caller may read (a dataset's read token); null when it may read every dataset of its tenant.")
            .Resolve(c => c.Source.RestrictedToDataset);
        Field<NonNullGraphType<DataScopeType>>("dataScope")
            .Description("The classes of data the caller may read.")
            .Resolve(c => c.Source.DataScope);
    }
}
