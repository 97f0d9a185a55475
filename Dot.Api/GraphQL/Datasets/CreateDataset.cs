using Dot.Api.GraphQL.Audit;
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

public sealed record CreateDatasetPayload(Domain.Datasets.Dataset Dataset) : IAuditTarget
{
    public string? AuditTargetId => Dataset.Id;
}

public sealed class CreateDatasetPayloadType : ObjectGraphType<CreateDatasetPayload>
{
    public CreateDatasetPayloadType()
    {
        Name = "CreateDatasetPayload";
        Field<NonNullGraphType<DatasetType>>("dataset").Resolve(c => c.Source.Dataset);
    }
}
