namespace Dot.Domain.Analytics;

public enum SortDirection
{
    Ascending,
    Descending,
}
