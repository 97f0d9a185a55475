using Dot.Api.GraphQL.Audit;
using Dot.Api.GraphQL.Tokens;
using Dot.Domain.Tokens;
using GraphQL.Types;

namespace Dot.Api.GraphQL.ReadTokens;

public sealed record CreateReadTokenInput(string? DatasetId, string Name, DateTime? ExpiresAt, DataScope Scope = DataScope.Restricted) : IAuditTarget
{
    public string? AuditTargetId => DatasetId;
}

public sealed class CreateReadTokenInputType : InputObjectGraphType<CreateReadTokenInput>
{
    public CreateReadTokenInputType()
    {
        Name = "CreateReadTokenInput";
        Field<IdGraphType>("datasetId").Description("The one dataset the token may read; omit it for every dataset of the tenant.");
        this.AddNameAndExpiry(usedBy: "the dashboard that uses it");
        Field<DataScopeType>("scope")
            .Description("The classes of data the token may read: RESTRICTED (all, the default) or PUBLIC only.")
            .DefaultValue(DataScope.Restricted);
    }
}

public sealed class CreateReadTokenPayloadType() : CreateTokenPayloadType<ReadToken, ReadTokenType>("CreateReadTokenPayload", "readToken");
