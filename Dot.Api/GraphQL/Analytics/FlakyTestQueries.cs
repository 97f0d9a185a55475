using Dot.Domain.Analytics;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Analytics;

public static class FlakyTestQueries
{
    public static void AddFlakyTestQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FlakyTestType>>>>("flakyTests")
            .DashboardQuery("""
                The flakiest tests in the window, the most flaky runs first. A run is flaky for a test when the test failed and
                then passed in it (the flaky flag), or when it failed in it and passed in both its previous and its next run
                (pass → fail → pass, runs in the order the test ran, per dataset; runs where it was only skipped do not count).
                """, AnalyticsComplexity.Flaky)
            .InWindow()
            .Top()
            .ResolveAsync(async context =>
            {
                var window = context.AnalyticsWindow();
                var flaky = new FlakyTestsQuery(await context.AnalyticsScopeAsync(), window, context.PageSize());
                return await context.AnswerAsync(flaky);
            });
    }
}

public sealed class FlakyTestType : ObjectGraphType<FlakyTest>
{
    public FlakyTestType()
    {
        Name = "FlakyTest";
        Description = "A test and how often its runs in the window were flaky.";
        this.AddTestKeyFields(flaky => flaky.Test);
        Field<NonNullGraphType<LongGraphType>>("runs").Description("Runs in which the test passed, failed or errored.").Resolve(c => c.Source.Runs);
        Field<NonNullGraphType<LongGraphType>>("flakyRuns").Resolve(c => c.Source.FlakyRuns);
        Field<NonNullGraphType<FloatGraphType>>("flakeRate").Description("flakyRuns / runs, from 0 to 1.").Resolve(c => c.Source.FlakeRate);
        Field<NonNullGraphType<DateTimeGraphType>>("lastFlakyAt").Description("When the test last ran in a flaky run.").Resolve(c => c.Source.LastFlakyAt.UtcDateTime);
    }
}
