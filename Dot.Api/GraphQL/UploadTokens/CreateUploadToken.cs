using Dot.Api.GraphQL.Audit;
using Dot.Api.GraphQL.Tokens;
using Dot.Domain.Tokens;
using GraphQL.Types;

namespace Dot.Api.GraphQL.UploadTokens;

public sealed record CreateUploadTokenInput(string DatasetId, string Name, DateTime? ExpiresAt) : IAuditTarget
{
    public string? AuditTargetId => DatasetId;
}

public sealed class CreateUploadTokenInputType : InputObjectGraphType<CreateUploadTokenInput>
{
    public CreateUploadTokenInputType()
    {
        Name = "CreateUploadTokenInput";
        Field<NonNullGraphType<IdGraphType>>("datasetId");
        this.AddNameAndExpiry(usedBy: "the CI job that uses it");
    }
}

public sealed class CreateUploadTokenPayloadType() : CreateTokenPayloadType<UploadToken, UploadTokenType>("CreateUploadTokenPayload", "uploadToken");
