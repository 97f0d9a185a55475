using GraphQL.Types;

namespace Dot.Api.GraphQL.Connectors;

internal static class ScheduleField
{
    public static void AddSchedule<T>(this InputObjectGraphType<T> input) =>
        input.Field<StringGraphType>("schedule").Description("A cron expression of five fields, UTC; default '0 * * * *' (every hour).");
}
