using Dot.Domain.Results;
using GraphQL.Types;

namespace Dot.Api.GraphQL.TestResults;

public sealed class TestStatusType : EnumerationGraphType<TestStatus>
{
    public TestStatusType()
    {
        Name = "TestStatus";
        Description = "The outcome of one test execution.";
    }
}
