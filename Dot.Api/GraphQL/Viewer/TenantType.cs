using GraphQL.Types;

namespace Dot.Api.GraphQL.Viewer;

/// <summary>A tenant, known to the API by its opaque id only.</summary>
public sealed class TenantType : ObjectGraphType<string>
{
    public TenantType()
    {
        Name = "Tenant";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source);
    }
}
