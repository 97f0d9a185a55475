using Dot.Domain.Analytics;

namespace Dot.Tests.Storage.Contracts;

/// <summary>An analytics adapter opened for a contract test: its two ports, and what closing it disposes.</summary>
public sealed record AnalyticsPorts(IAnalyticsWriter Writer, IAnalyticsReader Reader, IReadOnlyList<IDisposable> Owned)
{
    /// <summary>The ports of one store that serves both and is closed by disposing it.</summary>
    public static AnalyticsPorts Of<TStore>(TStore store)
        where TStore : IAnalyticsWriter, IAnalyticsReader, IDisposable =>
        new(store, store, [store]);
}
