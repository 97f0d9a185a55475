namespace Dot.Domain.Analytics;

/// <summary>
/// Element-wise equality for the list members of query records. A record compares a list by reference, so two equal
/// queries built apart would differ; queries are values (a cache finds an answer by its query), so they compare
/// their lists by content, in order.
/// </summary>
public static class ListEquality
{
    public static bool Equal<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.SequenceEqual(right));

    public static int HashOf<T>(IReadOnlyList<T>? items)
    {
        if (items is null)
        {
            return 0;
        }
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }
}
