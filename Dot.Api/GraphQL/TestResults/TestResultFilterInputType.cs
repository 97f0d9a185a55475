using Dot.Domain.Analytics;
using Dot.Domain.Results;
using GraphQL.Types;

namespace Dot.Api.GraphQL.TestResults;

/// <summary>Conditions on test results; every one given must hold.</summary>
public sealed record TestResultFilterInput(
    IReadOnlyList<TestStatus>? Status, string? Suite, string? ClassName, string? NameContains, string? Environment, string? Run,
    DateTime? From, DateTime? To)
{
    public ResultFilter ToFilter() =>
        new() { Statuses = Status, Suite = Suite, ClassName = ClassName, NameContains = NameContains, Environment = Environment, Run = Run };
}

public sealed class TestResultFilterInputType : InputObjectGraphType<TestResultFilterInput>
{
    public TestResultFilterInputType()
    {
        Name = "TestResultFilter";
        Description = "Conditions on test results; every one given must hold, and text compares exactly unless said otherwise.";
        Field<ListGraphType<NonNullGraphType<TestStatusType>>>("status").Description("Any of these outcomes.");
        Field<StringGraphType>("suite");
        Field<StringGraphType>("className");
        Field<StringGraphType>("nameContains").Description("Test names holding this text, ignoring case; % and _ match only themselves.");
        Field<StringGraphType>("environment");
        Field<StringGraphType>("run").Description("A run id: the run key uploads were sent with (?run=), or the upload id of an upload sent without one.");
        Field<DateTimeGraphType>("from").Description("Results that ran at or after this instant (testResults only; default 'to' minus 30 days).");
        Field<DateTimeGraphType>("to").Description("Results that ran before this instant (testResults only; default now, rounded up to the whole minute).");
    }
}
