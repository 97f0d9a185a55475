using GraphQL.Types;

namespace Dot.Api.GraphQL.Connectors;

internal static class ConnectorInputFields
{
    public static void AddSchedule<T>(this InputObjectGraphType<T> input) =>
        input.Field<StringGraphType>("schedule").Description("A cron expression of five fields, UTC; default '0 * * * *' (every hour).");

    public static void AddReconcileHours<T>(this InputObjectGraphType<T> input) =>
        input.Field<IntGraphType>("reconcileHours").Description(
            "Jira: hours between full reconciliations, which fetch the whole JQL and remove the dataset's work items it no longer holds (0: every run); default Connectors:Jira:ReconcileHours (24).");
}
