using System.Collections.Frozen;
using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Domain.WorkItems;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The handler of each analytics query type, found by the query's type; built once. A new query is one line here
/// and the handler it names.
/// </summary>
internal static class DuckDbQueryHandlers
{
    private static readonly FrozenDictionary<Type, Delegate> Handlers = new Table()
        .Add<TestSummaryQuery, TestSummary>(DuckDbSummaryQuery.ReadAsync)
        .Add<TestRunsQuery, IReadOnlyList<TestRunSummary>>(DuckDbRunsQuery.ReadAsync)
        .Add<WorkItemsQuery, IReadOnlyList<WorkItemDocument>>(DuckDbWorkItemsQuery.ReadAsync)
        .Add<AggregationQuery, IReadOnlyList<AggregateBucket>>(DuckDbAggregation.ReadAsync)
        .Add<TestResultSearch, IReadOnlyList<TestResultHit>>(DuckDbResultSearch.ReadAsync)
        .Add<FlakyTestsQuery, IReadOnlyList<FlakyTest>>(DuckDbFlakyTests.ReadAsync)
        .Add<DefectSummaryQuery, IReadOnlyList<DefectGroup>>(DuckDbDefectSummary.ReadAsync)
        .Add<DefectAgingQuery, IReadOnlyList<DefectAgeCount>>(DuckDbDefectAging.ReadAsync)
        .Add<WorkItemThroughputQuery, IReadOnlyList<CountBucket>>(DuckDbWorkItemThroughput.ReadAsync)
        .Add<RatingTrendQuery, IReadOnlyList<RatingBucket>>(DuckDbRatingTrend.ReadAsync)
        .Build();

    /// <summary>The handler of <paramref name="query"/>'s type, or <see cref="NotSupportedException"/>.</summary>
    public static DuckDbQueryHandler<IAnalyticsQuery<TResult>, TResult> For<TResult>(IAnalyticsQuery<TResult> query) =>
        Handlers.TryGetValue(query.GetType(), out var handler)
            ? (DuckDbQueryHandler<IAnalyticsQuery<TResult>, TResult>)handler
            : throw new NotSupportedException($"The DuckDB analytics store does not answer a {query.GetType().Name}.");

    private sealed class Table
    {
        private readonly Dictionary<Type, Delegate> _handlers = [];

        // Stored as a handler of the query's interface, so For casts back to the type it was stored as.
        public Table Add<TQuery, TResult>(DuckDbQueryHandler<TQuery, TResult> handler)
            where TQuery : IAnalyticsQuery<TResult>
        {
            _handlers.Add(typeof(TQuery), new DuckDbQueryHandler<IAnalyticsQuery<TResult>, TResult>(
                (connection, query, cancellationToken) => handler(connection, (TQuery)query, cancellationToken)));
            return this;
        }

        public FrozenDictionary<Type, Delegate> Build() => _handlers.ToFrozenDictionary();
    }
}
