using Dot.Api.GraphQL.Audit;
using Dot.Api.GraphQL.Connectors;
using Dot.Api.GraphQL.Datasets;
using Dot.Api.GraphQL.ReadTokens;
using Dot.Api.GraphQL.UploadTokens;
using GraphQL.Types;

namespace Dot.Api.GraphQL;

/// <summary>The root mutation; each feature folder adds its fields.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddDatasetMutations();
        this.AddUploadTokenMutations();
        this.AddReadTokenMutations();
        this.AddConnectorMutations();
        this.AuditEveryField();
    }
}
