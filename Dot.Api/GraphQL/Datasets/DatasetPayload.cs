using Dot.Api.GraphQL.Audit;
using Dot.Domain.Datasets;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Datasets;

/// <summary>What a dataset mutation answers: the dataset as stored.</summary>
public sealed record DatasetPayload(Dataset Dataset) : IAuditTarget
{
    public string? AuditTargetId => Dataset.Id;
}

/// <summary>The payload type of a dataset mutation, named for the mutation (<c>CreateDatasetPayload</c>).</summary>
public abstract class DatasetPayloadType : ObjectGraphType<DatasetPayload>
{
    protected DatasetPayloadType(string name)
    {
        Name = name;
        Field<NonNullGraphType<DatasetType>>("dataset").Resolve(c => c.Source.Dataset);
    }
}
