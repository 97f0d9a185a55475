using Dot.Api.GraphQL.Audit;
using Dot.Api.Retention;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Datasets;

public sealed record UpdateDatasetInput(string Id, int? RetentionDays) : IAuditTarget
{
    public string? AuditTargetId => Id;
}

public sealed class UpdateDatasetInputType : InputObjectGraphType<UpdateDatasetInput>
{
    public UpdateDatasetInputType()
    {
        Name = "UpdateDatasetInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<IntGraphType>("retentionDays")
            .Description($"Days the dataset's data is kept, {RetentionOptions.MinDays} to {RetentionOptions.MaxDays}; null goes back to the default (Retention:DefaultDays).");
    }
}

public sealed class UpdateDatasetPayloadType() : DatasetPayloadType("UpdateDatasetPayload");
