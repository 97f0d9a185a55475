using Amazon.DynamoDBv2.Model;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// Pages of one parent's children through <c>byParent</c>: the keys of a page, and where the page after a given child
/// starts (its table and index keys, which is what <c>ExclusiveStartKey</c> of an index query takes).
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

    public static async Task<List<(string Pk, string Sk)>> KeysAsync(
        DynamoTable table, string parent, bool newestFirst, int? limit, Dictionary<string, AttributeValue>? startAfter, CancellationToken cancellationToken)
    {
        var query = new QueryRequest
        {
            IndexName = TableKeys.ByParent,
            KeyConditionExpression = "#parent = :parent",
            ExpressionAttributeNames = new() { ["#parent"] = TableKeys.Parent },
            ExpressionAttributeValues = new() { [":parent"] = Attributes.S(parent) },
            ScanIndexForward = !newestFirst,
            Limit = limit,
            ExclusiveStartKey = startAfter,
        };
        return await table.QueryAsync(query, limit, cancellationToken)
            .Select(item => (item.Str(TableKeys.Pk), item.Str(TableKeys.Sk)))
            .ToListAsync(cancellationToken);
    }
}
