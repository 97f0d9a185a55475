using Dot.Domain.Tenancy;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Viewer;

/// <summary>The caller as DoT sees it: who, in which tenant, with which roles.</summary>
public sealed class ViewerType : ObjectGraphType<Caller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Field<NonNullGraphType<StringGraphType>>("subject").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<TenantType>>("tenant").Resolve(c => c.Source.TenantId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("The caller's roles in its tenant: owner or member.")
            .Resolve(c => new[] { RoleNames.Of(c.Source.Role) });
    }
}
