using Dot.Domain.Results;
using GraphQL.Types;

namespace Dot.Api.GraphQL.TestResults;

public sealed class TestSummaryType : ObjectGraphType<TestSummary>
{
    public TestSummaryType()
    {
        Name = "TestSummary";
        Description = "Test executions counted by outcome.";
        Field<NonNullGraphType<LongGraphType>>("total").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<LongGraphType>>("passed").Resolve(c => c.Source.Passed);
        Field<NonNullGraphType<LongGraphType>>("failed").Resolve(c => c.Source.Failed);
        Field<NonNullGraphType<LongGraphType>>("errored").Resolve(c => c.Source.Errored);
        Field<NonNullGraphType<LongGraphType>>("skipped").Resolve(c => c.Source.Skipped);
        Field<FloatGraphType>("passRate")
            .Description("passed / (passed + failed + errored), from 0 to 1; null when nothing ran.")
            .Resolve(c => c.Source.PassRate);
    }
}
