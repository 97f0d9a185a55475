using Dot.Domain.Results;
using GraphQL.Types;

namespace Dot.Api.GraphQL.TestResults;

public sealed class TestRunType : ObjectGraphType<TestRunSummary>
{
    public TestRunType()
    {
        Name = "TestRun";
        Description = "The uploads that share a run key (CI shards and re-runs), or one upload sent without a key. Each test counts once, with its final outcome.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.RunId);
        Field<StringGraphType>("key").Description("The run key the uploads were sent with; null for an upload sent without one.").Resolve(c => c.Source.RunKey);
        Field<NonNullGraphType<IntGraphType>>("uploads").Resolve(c => c.Source.Uploads);
        Field<NonNullGraphType<TestSummaryType>>("summary").Resolve(c => c.Source.Counts);
        Field<NonNullGraphType<FloatGraphType>>("durationMs").Description("The summed duration of the run's final executions.").Resolve(c => c.Source.DurationMs);
        Field<NonNullGraphType<DateTimeGraphType>>("firstUploadAt").Resolve(c => c.Source.FirstUploadAt.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("lastUploadAt").Resolve(c => c.Source.LastUploadAt.UtcDateTime);
        Field<NonNullGraphType<LongGraphType>>("flaky").Description("Tests that failed and then passed in this run.").Resolve(c => c.Source.Flaky);
    }
}
