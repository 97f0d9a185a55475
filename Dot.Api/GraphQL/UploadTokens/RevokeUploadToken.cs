using Dot.Domain.Tokens;
using GraphQL.Types;

namespace Dot.Api.GraphQL.UploadTokens;

public sealed record RevokeUploadTokenInput(string Id);

public sealed class RevokeUploadTokenInputType : InputObjectGraphType<RevokeUploadTokenInput>
{
    public RevokeUploadTokenInputType()
    {
        Name = "RevokeUploadTokenInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

public sealed record RevokeUploadTokenPayload(UploadToken UploadToken);

public sealed class RevokeUploadTokenPayloadType : ObjectGraphType<RevokeUploadTokenPayload>
{
    public RevokeUploadTokenPayloadType()
    {
        Name = "RevokeUploadTokenPayload";
        Field<NonNullGraphType<UploadTokenType>>("uploadToken").Resolve(c => c.Source.UploadToken);
    }
}
