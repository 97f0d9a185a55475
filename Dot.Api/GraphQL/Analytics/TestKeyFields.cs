using Dot.Domain.Analytics;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Analytics;

public static class TestKeyFields
{
    /// <summary>Adds <c>suite</c>, <c>className</c> and <c>name</c>, the test a row of a dashboard list is about.</summary>
    public static void AddTestKeyFields<T>(this ObjectGraphType<T> type, Func<T, TestKey> test)
    {
        type.Field<StringGraphType>("suite").Resolve(c => test(c.Source).Suite);
        type.Field<StringGraphType>("className").Resolve(c => test(c.Source).ClassName);
        type.Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => test(c.Source).Name);
    }
}
