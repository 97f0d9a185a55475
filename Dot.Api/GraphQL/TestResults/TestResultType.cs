using Dot.Domain.Analytics;
using GraphQL.Types;

namespace Dot.Api.GraphQL.TestResults;

public sealed class TestResultType : ObjectGraphType<TestResultHit>
{
    public TestResultType()
    {
        Name = "TestResult";
        Description = "One test execution, the final one of its test in its run. Restricted data.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable: the same execution keeps its id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("datasetId").Resolve(c => c.Source.Document.DatasetId);
        Field<StringGraphType>("suite").Resolve(c => c.Source.Document.Suite);
        Field<StringGraphType>("className").Resolve(c => c.Source.Document.ClassName);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Document.Name);
        Field<NonNullGraphType<TestStatusType>>("status").Resolve(c => c.Source.Document.Status);
        Field<NonNullGraphType<FloatGraphType>>("durationMs").Resolve(c => c.Source.Document.DurationMs);
        Field<StringGraphType>("failureMessage").Description("For a skipped test the reason; for a flaky pass the message of the failed attempt.").Resolve(c => c.Source.Document.FailureMessage);
        Field<StringGraphType>("failureType").Resolve(c => c.Source.Document.FailureType);
        Field<NonNullGraphType<DateTimeGraphType>>("timestamp").Description("When the test ran (the upload's arrival when the report does not say).").Resolve(c => c.Source.Document.Timestamp.UtcDateTime);
        Field<NonNullGraphType<StringGraphType>>("run").Description("The run id: the run key, or the upload id of an upload sent without one.").Resolve(c => c.Source.Run);
        Field<StringGraphType>("environment").Resolve(c => c.Source.Document.Environment);
        Field<NonNullGraphType<IdGraphType>>("uploadId").Resolve(c => c.Source.Document.UploadId);
        Field<NonNullGraphType<BooleanGraphType>>("flaky").Description("It failed and then passed in its run.").Resolve(c => c.Source.Document.Flaky);
    }
}
