namespace Dot.Domain.Analytics;

/// <summary>
/// Buckets by the values of one or more fields (a terms or multi-terms aggregation), at most <see cref="Size"/> of
/// them, in <see cref="Order"/>; buckets that tie are ordered by their key values, ascending.
/// </summary>
public sealed record GroupBy
{
    public GroupBy(IReadOnlyList<ResultField> fields, int size, BucketOrder order)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(order);
        if (fields.Count == 0 || fields.Distinct().Count() != fields.Count)
        {
            throw new ArgumentException("Group by one or more distinct fields.", nameof(fields));
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        Fields = fields;
        Size = size;
        Order = order;
    }

    public IReadOnlyList<ResultField> Fields { get; }

    public int Size { get; }

    public BucketOrder Order { get; }

    /// <summary>One bucket per test: its suite, class and name, in that order in the key.</summary>
    public static GroupBy Test(int size, BucketOrder order) =>
        new([ResultField.Suite, ResultField.ClassName, ResultField.Name], size, order);

    public bool Equals(GroupBy? other) =>
        other is not null && ListEquality.Equal(Fields, other.Fields) && Size == other.Size && Order == other.Order;

    public override int GetHashCode() => HashCode.Combine(ListEquality.HashOf(Fields), Size, Order);
}

/// <summary>How buckets are ordered: by one of the query's scalar metrics, or by key when <see cref="Metric"/> is null.</summary>
public sealed record BucketOrder(Metric? Metric, SortDirection Direction)
{
    public static readonly BucketOrder ByKey = new(null, SortDirection.Ascending);

    public static BucketOrder Descending(Metric metric) => new(metric, SortDirection.Descending);
}
