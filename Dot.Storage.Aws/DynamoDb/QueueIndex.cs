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
        var query = new QueryRequest
        {
            IndexName = TableKeys.ByQueue,
            KeyConditionExpression = "#queue = :queue AND #at <= :now",
            ExpressionAttributeNames = new() { ["#queue"] = TableKeys.Queue, ["#at"] = TableKeys.QueueAt },
            ExpressionAttributeValues = new() { [":queue"] = Attributes.S(queue), [":now"] = Attributes.N(now.ToUnixTimeMilliseconds()) },
            Limit = limit,
        };
        return await table.QueryAsync(query, limit, cancellationToken)
            .Select(item => (item.Str(TableKeys.Pk), item.Str(TableKeys.Sk)))
            .ToListAsync(cancellationToken);
    }
}
