using Dot.Domain.Tokens;
using GraphQL.Types;

namespace Dot.Api.GraphQL.UploadTokens;

public sealed record CreateUploadTokenInput(string DatasetId, string Name, DateTime? ExpiresAt);

public sealed class CreateUploadTokenInputType : InputObjectGraphType<CreateUploadTokenInput>
{
    public CreateUploadTokenInputType()
    {
        Name = "CreateUploadTokenInput";
        Field<NonNullGraphType<IdGraphType>>("datasetId");
        Field<NonNullGraphType<StringGraphType>>("name").Description("1 to 100 characters, e.g. the CI job that uses it.");
        Field<DateTimeGraphType>("expiresAt").Description("When the token stops working; default and maximum one year ahead.");
    }
}

public sealed record CreateUploadTokenPayload(string Token, UploadToken UploadToken);

public sealed class CreateUploadTokenPayloadType : ObjectGraphType<CreateUploadTokenPayload>
{
    public CreateUploadTokenPayloadType()
    {
        Name = "CreateUploadTokenPayload";
        Field<NonNullGraphType<StringGraphType>>("token")
            .Description("The secret, shown this once: DoT keeps only its hash.")
            .Resolve(c => c.Source.Token);
        Field<NonNullGraphType<UploadTokenType>>("uploadToken").Resolve(c => c.Source.UploadToken);
    }
}
