using Dot.Domain.Analytics;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Analytics;

public sealed class TimeIntervalType : EnumerationGraphType<HistogramInterval>
{
    public TimeIntervalType()
    {
        Name = "TimeInterval";
        Description = "Calendar units in UTC; weeks start on Monday.";
    }
}
