using Amazon.DynamoDBv2.Model;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// One parent's children through <c>byParent</c>: the keys of a range of them (a page, the finished ones before a
/// time, the queued ones), and where the page after a given child starts (its table and index keys, which is what
/// <c>ExclusiveStartKey</c> of an index query takes). Every caller reads the items themselves after the keys.
/// </summary>
internal static class ParentPages
{
    /// <summary>Null without an <paramref name="afterSk"/>; not found when that child is unknown or has another parent.</summary>
    public static async Task<(bool Found, Dictionary<string, AttributeValue>? Key)?> StartAfterAsync(
        DynamoTable table, string pk, string? afterSk, string parent, CancellationToken cancellationToken)
    {
        if (afterSk is null)
        {
            return null;
        }
        var after = await table.GetAsync(pk, afterSk, cancellationToken);
        if (after is null || after.StrOrNull(TableKeys.Parent) != parent)
        {
            return (false, null);
        }
        return (true, new Dictionary<string, AttributeValue>
        {
            [TableKeys.Pk] = after[TableKeys.Pk],
            [TableKeys.Sk] = after[TableKeys.Sk],
            [TableKeys.Parent] = after[TableKeys.Parent],
            [TableKeys.Ordinal] = after[TableKeys.Ordinal],
        });
    }

    /// <summary>The keys of the children in <paramref name="range"/>, in its order, following every page up to its limit.</summary>
    public static async Task<List<(string Pk, string Sk)>> KeysAsync(DynamoTable table, ChildRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var query = new QueryRequest
        {
            IndexName = TableKeys.ByParent,
            KeyConditionExpression = range.OrdinalBefore is null ? "#parent = :parent" : "#parent = :parent AND #ordinal < :before",
            ExpressionAttributeNames = new() { ["#parent"] = TableKeys.Parent },
            ExpressionAttributeValues = new() { [":parent"] = Attributes.S(range.Parent) },
            ScanIndexForward = !range.NewestFirst,
            Limit = range.Limit,
            ExclusiveStartKey = range.StartAfter,
        };
        if (range.OrdinalBefore is { } before)
        {
            query.ExpressionAttributeNames["#ordinal"] = TableKeys.Ordinal;
            query.ExpressionAttributeValues[":before"] = Attributes.S(before);
        }
        if (range.Statuses.Count > 0)
        {
            var placeholders = range.Statuses.Select((_, n) => ":status" + n).ToList();
            query.FilterExpression = $"#status IN ({string.Join(", ", placeholders)})";
            query.ExpressionAttributeNames["#status"] = "status";
            foreach (var (placeholder, status) in placeholders.Zip(range.Statuses))
            {
                query.ExpressionAttributeValues[placeholder] = Attributes.S(status);
            }
        }
        return await table.QueryAsync(query, range.Limit, cancellationToken)
            .Select(item => (item.Str(TableKeys.Pk), item.Str(TableKeys.Sk)))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>Which children of <see cref="Parent"/> to list through <c>byParent</c>: order, count, start, and filters.</summary>
internal sealed record ChildRange(string Parent)
{
    public bool NewestFirst { get; init; }

    public int? Limit { get; init; }

    /// <summary>The index keys of the child the list starts after (<see cref="ParentPages.StartAfterAsync"/>).</summary>
    public Dictionary<string, AttributeValue>? StartAfter { get; init; }

    /// <summary>Only children whose ordinal sorts before this one.</summary>
    public string? OrdinalBefore { get; init; }

    /// <summary>Only children in one of these statuses (the index holds <c>status</c>); any status when empty.</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];
}
