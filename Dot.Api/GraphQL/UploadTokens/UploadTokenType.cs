using Dot.Api.GraphQL.Tokens;
using Dot.Domain.Tokens;
using GraphQL.Types;

namespace Dot.Api.GraphQL.UploadTokens;

public sealed class UploadTokenType : IssuedTokenType<UploadToken>
{
    public UploadTokenType()
        : base("UploadToken")
    {
        Field<NonNullGraphType<IdGraphType>>("datasetId").Resolve(c => c.Source.DatasetId);
    }
}
