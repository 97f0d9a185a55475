namespace Dot.Domain.Analytics;

/// <summary>
/// Port: the reading side of the analytics store. Each question is a query type (<see cref="IAnalyticsQuery{TResult}"/>)
/// that says what it answers; an adapter answers each type its own way, always filtered on the query's
/// <see cref="IAnalyticsQuery.Scope"/>. Every read counts final executions and current work items only.
/// </summary>
public interface IAnalyticsReader
{
    /// <summary>The answer to <paramref name="query"/>. Throws <see cref="NotSupportedException"/> for a query type the adapter does not know.</summary>
    Task<TResult> QueryAsync<TResult>(IAnalyticsQuery<TResult> query, CancellationToken cancellationToken);
}
