using Dot.Api.Retention;
using Dot.Domain.Datasets;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Dot.Api.GraphQL.Datasets;

public sealed class DatasetType : ObjectGraphType<Dataset>
{
    public DatasetType()
    {
        Name = "Dataset";
        Description = "A named collection of quality data inside the caller's tenant.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt.UtcDateTime);
        Field<NonNullGraphType<IntGraphType>>("retentionDays")
            .Description("Days its data is kept: its own setting, or the default (Retention:DefaultDays).")
            .Resolve(c => c.GetService<IOptions<RetentionOptions>>().Value.DaysFor(c.Source));
    }
}
