using Dot.Domain.Analytics;
using GraphQL.Types;

namespace Dot.Api.GraphQL.TestResults;

public sealed record TestResultOrderInput(ResultSortField Field, SortDirection Direction)
{
    public ResultSort ToSort() => new(Field, Direction);
}

public sealed class TestResultOrderInputType : InputObjectGraphType<TestResultOrderInput>
{
    public TestResultOrderInputType()
    {
        Name = "TestResultOrder";
        Description = "The order of test results; results that tie keep a stable order (by id).";
        Field<NonNullGraphType<TestResultOrderFieldType>>("field").DefaultValue(ResultSortField.Timestamp);
        Field<NonNullGraphType<SortDirectionType>>("direction").DefaultValue(SortDirection.Descending);
    }
}

public sealed class TestResultOrderFieldType : EnumerationGraphType<ResultSortField>
{
    public TestResultOrderFieldType()
    {
        Name = "TestResultOrderField";
    }
}

public sealed class SortDirectionType : EnumerationGraphType
{
    public SortDirectionType()
    {
        Name = "SortDirection";
        Add("ASC", SortDirection.Ascending, "Smallest, earliest or first in the alphabet first.");
        Add("DESC", SortDirection.Descending, "Largest, latest or last in the alphabet first.");
    }
}
