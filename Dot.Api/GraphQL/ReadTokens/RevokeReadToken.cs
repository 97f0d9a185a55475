using Dot.Api.GraphQL.Tokens;
using Dot.Domain.Tokens;

namespace Dot.Api.GraphQL.ReadTokens;

public sealed class RevokeReadTokenInputType() : RevokeTokenInputType("RevokeReadTokenInput");

public sealed class RevokeReadTokenPayloadType() : RevokeTokenPayloadType<ReadToken, ReadTokenType>("RevokeReadTokenPayload", "readToken");
