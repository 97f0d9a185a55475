using Dot.Api.GraphQL.Tokens;
using Dot.Domain.Tokens;

namespace Dot.Api.GraphQL.UploadTokens;

public sealed class RevokeUploadTokenInputType() : RevokeTokenInputType("RevokeUploadTokenInput");

public sealed class RevokeUploadTokenPayloadType() : RevokeTokenPayloadType<UploadToken, UploadTokenType>("RevokeUploadTokenPayload", "uploadToken");
