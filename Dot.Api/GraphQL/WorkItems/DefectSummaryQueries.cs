using Dot.Api.GraphQL.Analytics;
using Dot.Domain.Analytics;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.WorkItems;

public static class DefectSummaryQueries
{
    public static void AddDefectSummaryQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DefectGroupType>>>>("defectSummary")
            .DashboardQuery("""
                Defects (work items of type DEFECT, as the latest export of each key saw them) created in the window, counted per
                value of 'groupBy', the largest group first; defects without a value (no severity, no component) count under a
                null key, and a defect with several components under each.
                """, AnalyticsComplexity.Scan)
            .Argument<NonNullGraphType<DefectFieldType>>("groupBy", "What to count by (default SEVERITY).", a => a.DefaultValue = DefectGroupField.Severity)
            .InWindow("Defects created")
            .ResolveAsync(async context =>
            {
                var window = context.AnalyticsWindow();
                var summary = context.Checked(new DefectSummaryQuery(
                    await context.AnalyticsScopeAsync(), window, context.GetArgument<DefectGroupField>("groupBy"), context.AnalyticsLimits().MaxGroups));
                return await context.AnswerAsync(summary);
            });
    }
}

public sealed class DefectFieldType : EnumerationGraphType<DefectGroupField>
{
    public DefectFieldType()
    {
        Name = "DefectField";
        Description = "A field of a defect to count by; STATUS is the tracker's own status name.";
    }
}

public sealed class DefectGroupType : ObjectGraphType<DefectGroup>
{
    public DefectGroupType()
    {
        Name = "DefectGroup";
        Description = "The defects of one value of the field counted by.";
        Field<StringGraphType>("key").Description("The value; null for defects without one.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<LongGraphType>>("total").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<LongGraphType>>("open").Description("Those whose status category is not DONE.").Resolve(c => c.Source.Open);
        Field<NonNullGraphType<LongGraphType>>("resolved").Description("Those whose status category is DONE.").Resolve(c => c.Source.Resolved);
    }
}
