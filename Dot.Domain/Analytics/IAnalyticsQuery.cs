namespace Dot.Domain.Analytics;

/// <summary>
/// A question to the analytics store. Every query names its <see cref="Scope"/>: adapters filter on its tenant and
/// datasets in whatever they send, so no caller can forget it. Queries are values (records whose list members compare
/// by content, <see cref="ListEquality"/>), so equal questions built apart are equal.
/// </summary>
public interface IAnalyticsQuery
{
    AnalyticsScope Scope { get; }
}

/// <summary>A question whose answer is a <typeparamref name="TResult"/> (<see cref="IAnalyticsReader.QueryAsync{TResult}"/>).</summary>
public interface IAnalyticsQuery<TResult> : IAnalyticsQuery;
