using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// The work that spans tenants, through <c>byQueue</c>: items of one queue whose <c>queueAt</c> (Unix milliseconds)
/// is at or before now, oldest first. The index holds keys only, and may lag the table: callers act on the item with
/// a conditional write that rechecks it, never on the index entry alone.
/// </summary>
internal static class QueueIndex
{
    public static async Task<List<(string Pk, string Sk)>> DueAsync(DynamoTable table, string queue, DateTimeOffset now, int? limit, CancellationToken cancellationToken)
    {
        var query = Query(queue, "#queue = :queue AND #at <= :now");
        query.ExpressionAttributeNames["#at"] = TableKeys.QueueAt;
        query.ExpressionAttributeValues[":now"] = Attributes.N(now.ToUnixTimeMilliseconds());
        query.Limit = limit;
        return await table.QueryAsync(query, limit, cancellationToken)
            .Select(item => (item.Str(TableKeys.Pk), item.Str(TableKeys.Sk)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many items the queue holds, due or not: DynamoDB counts them, so no key comes back over the wire.</summary>
    public static async Task<int> CountAsync(DynamoTable table, string queue, CancellationToken cancellationToken)
    {
        var query = Query(queue, "#queue = :queue");
        query.TableName = table.Name;
        query.Select = Select.COUNT;
        var count = 0;
        do
        {
            var response = await table.Client.QueryAsync(query, cancellationToken);
            count += response.Count ?? 0;
            query.ExclusiveStartKey = response.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (query.ExclusiveStartKey is not null);
        return count;
    }

    private static QueryRequest Query(string queue, string condition) => new()
    {
        IndexName = TableKeys.ByQueue,
        KeyConditionExpression = condition,
        ExpressionAttributeNames = new() { ["#queue"] = TableKeys.Queue },
        ExpressionAttributeValues = new() { [":queue"] = Attributes.S(queue) },
    };
}
