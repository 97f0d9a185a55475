using System.Collections.Frozen;
using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Domain.WorkItems;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The handler of each analytics query type, found by the query's type; built once. A new query is one line here
/// and the handler it names. The dashboards' queries have a second handler that reads the rollups (decision 0015),
/// used unless <see cref="EmbeddedStorageOptions.AnalyticsRollups"/> is off.
/// </summary>
internal static class DuckDbQueryHandlers
{
    private static readonly FrozenDictionary<Type, Delegate> Scans = Common()
        .Add<TestSummaryQuery, TestSummary>(DuckDbSummaryQuery.ReadAsync)
        .Add<AggregationQuery, IReadOnlyList<AggregateBucket>>(DuckDbAggregation.ReadAsync)
        .Add<FlakyTestsQuery, IReadOnlyList<FlakyTest>>(DuckDbFlakyTests.ReadAsync)
        .Build();

    private static readonly FrozenDictionary<Type, Delegate> Rollups = Common()
        .Add<TestSummaryQuery, TestSummary>(DuckDbRollupSummary.ReadAsync)
        .Add<AggregationQuery, IReadOnlyList<AggregateBucket>>(DuckDbRollupAggregation.ReadAsync)
        .Add<FlakyTestsQuery, IReadOnlyList<FlakyTest>>(DuckDbRollupFlakyTests.ReadAsync)
        .Build();

    private static Table Common() => new Table()
        .Add<TestRunsQuery, IReadOnlyList<TestRunSummary>>(DuckDbRunsQuery.ReadAsync)
        .Add<WorkItemsQuery, IReadOnlyList<WorkItemDocument>>(DuckDbWorkItemsQuery.ReadAsync)
        .Add<TestResultSearch, IReadOnlyList<TestResultHit>>(DuckDbResultSearch.ReadAsync)
        .Add<DefectSummaryQuery, IReadOnlyList<DefectGroup>>(DuckDbDefectSummary.ReadAsync)
        .Add<DefectAgingQuery, IReadOnlyList<DefectAgeCount>>(DuckDbDefectAging.ReadAsync)
        .Add<WorkItemThroughputQuery, IReadOnlyList<CountBucket>>(DuckDbWorkItemThroughput.ReadAsync)
        .Add<RatingTrendQuery, IReadOnlyList<RatingBucket>>(DuckDbRatingTrend.ReadAsync);

    /// <summary>The handler of <paramref name="query"/>'s type, or <see cref="NotSupportedException"/>.</summary>
    public static DuckDbQueryHandler<IAnalyticsQuery<TResult>, TResult> For<TResult>(IAnalyticsQuery<TResult> query, bool rollups) =>
        (rollups ? Rollups : Scans).TryGetValue(query.GetType(), out var handler)
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
