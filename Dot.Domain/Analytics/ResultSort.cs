namespace Dot.Domain.Analytics;

public enum ResultSortField
{
    Timestamp,
    Duration,
    Name,
}

/// <summary>The order of a result search; executions that tie are ordered by upload id and position, the same way.</summary>
public sealed record ResultSort(ResultSortField Field, SortDirection Direction)
{
    public static readonly ResultSort Newest = new(ResultSortField.Timestamp, SortDirection.Descending);
}
