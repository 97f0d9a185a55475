using GraphQL.Types;

namespace Dot.Api.GraphQL.Datasets;

public sealed record CreateDatasetInput(string Name);

public sealed class CreateDatasetInputType : InputObjectGraphType<CreateDatasetInput>
{
    public CreateDatasetInputType()
    {
        Name = "CreateDatasetInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description("1 to 100 characters, unique in the tenant.");
    }
}

public sealed class CreateDatasetPayloadType() : DatasetPayloadType("CreateDatasetPayload");
