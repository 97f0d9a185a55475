using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Microsoft.Extensions.Options;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// The configuration table and the few operations the adapters build on: strongly consistent reads, writes with a
/// condition that answer false instead of throwing when it fails, and queries that follow every page. Nothing here
/// scans the table.
/// </summary>
public sealed class DynamoTable
{
    private const int BatchGetLimit = 100;

    public DynamoTable(AwsClients clients, IOptions<AwsStorageOptions> options)
        : this(clients?.DynamoDb ?? throw new ArgumentNullException(nameof(clients)), options?.Value.TableName ?? throw new InvalidOperationException("Storage:Aws:TableName is required."))
    {
    }

    public DynamoTable(IAmazonDynamoDB client, string name)
    {
        Client = client;
        Name = name;
    }

    public IAmazonDynamoDB Client { get; }

    public string Name { get; }

    internal static Dictionary<string, AttributeValue> Key(string pk, string sk) =>
        new() { [TableKeys.Pk] = Attributes.S(pk), [TableKeys.Sk] = Attributes.S(sk) };

    internal static Dictionary<string, AttributeValue> NewItem(string pk, string sk) => Key(pk, sk);

    internal async Task<Dictionary<string, AttributeValue>?> GetAsync(string pk, string sk, CancellationToken cancellationToken)
    {
        var response = await Client.GetItemAsync(new GetItemRequest { TableName = Name, Key = Key(pk, sk), ConsistentRead = true }, cancellationToken);
        return response.Item is { Count: > 0 } item ? item : null;
    }

    internal async Task PutAsync(Dictionary<string, AttributeValue> item, CancellationToken cancellationToken) =>
        await Client.PutItemAsync(new PutItemRequest { TableName = Name, Item = item }, cancellationToken);

    /// <summary>Puts the item unless one with its keys exists; false then, writing nothing.</summary>
    internal async Task<bool> PutNewAsync(Dictionary<string, AttributeValue> item, CancellationToken cancellationToken)
    {
        try
        {
            await Client.PutItemAsync(
                new PutItemRequest { TableName = Name, Item = item, ConditionExpression = "attribute_not_exists(pk)" }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    /// <summary>Runs the update when its condition holds and returns the item as it is after it; null, changing nothing, otherwise.</summary>
    internal async Task<Dictionary<string, AttributeValue>?> TryUpdateAsync(string pk, string sk, Update update, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Client.UpdateItemAsync(
                new UpdateItemRequest
                {
                    TableName = Name,
                    Key = Key(pk, sk),
                    UpdateExpression = update.Expression,
                    ConditionExpression = update.Condition,
                    ExpressionAttributeNames = update.Names.Count > 0 ? update.Names : null,
                    ExpressionAttributeValues = update.Values.Count > 0 ? update.Values : null,
                    ReturnValues = ReturnValue.ALL_NEW,
                },
                cancellationToken);
            return response.Attributes ?? [];
        }
        catch (ConditionalCheckFailedException)
        {
            return null;
        }
    }

    /// <summary>Deletes the item when the condition (if any) holds; false when it does not or the item is not there.</summary>
    internal async Task<bool> TryDeleteAsync(string pk, string sk, Update? condition, CancellationToken cancellationToken)
    {
        try
        {
            await Client.DeleteItemAsync(
                new DeleteItemRequest
                {
                    TableName = Name,
                    Key = Key(pk, sk),
                    ConditionExpression = condition?.Condition ?? "attribute_exists(pk)",
                    ExpressionAttributeNames = condition is { Names.Count: > 0 } ? condition.Names : null,
                    ExpressionAttributeValues = condition is { Values.Count: > 0 } ? condition.Values : null,
                },
                cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    /// <summary>Every item the query finds, page after page (at most <paramref name="limit"/> when given).</summary>
    internal async IAsyncEnumerable<Dictionary<string, AttributeValue>> QueryAsync(
        QueryRequest query, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        query.TableName = Name;
        var returned = 0;
        do
        {
            var response = await Client.QueryAsync(query, cancellationToken);
            foreach (var item in response.Items ?? [])
            {
                yield return item;
                if (++returned == limit)
                {
                    yield break;
                }
            }
            query.ExclusiveStartKey = response.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (query.ExclusiveStartKey is not null);
    }

    /// <summary>The items of one tenant whose sort key starts with <paramref name="prefix"/>.</summary>
    internal async Task<List<Dictionary<string, AttributeValue>>> QueryPrefixAsync(string pk, string prefix, CancellationToken cancellationToken)
    {
        var query = new QueryRequest
        {
            KeyConditionExpression = "pk = :pk AND begins_with(sk, :prefix)",
            ExpressionAttributeValues = new() { [":pk"] = Attributes.S(pk), [":prefix"] = Attributes.S(prefix) },
            ConsistentRead = true,
        };
        return await QueryAsync(query, null, cancellationToken).ToListAsync(cancellationToken);
    }

    /// <summary>The (pk, sk) of the items whose lookup key is <paramref name="lookup"/>, from the keys-only index.</summary>
    internal async Task<List<(string Pk, string Sk)>> LookupAsync(string lookup, CancellationToken cancellationToken)
    {
        var query = new QueryRequest
        {
            IndexName = TableKeys.ByLookup,
            KeyConditionExpression = "#lookup = :lookup",
            ExpressionAttributeNames = new() { ["#lookup"] = TableKeys.Lookup },
            ExpressionAttributeValues = new() { [":lookup"] = Attributes.S(lookup) },
        };
        return await QueryAsync(query, null, cancellationToken).Select(item => (item.Str(TableKeys.Pk), item.Str(TableKeys.Sk))).ToListAsync(cancellationToken);
    }

    /// <summary>The items of those keys, read strongly consistent, in the order of the keys; keys of deleted items are skipped.</summary>
    internal async Task<List<Dictionary<string, AttributeValue>>> GetManyAsync(IReadOnlyList<(string Pk, string Sk)> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string), Dictionary<string, AttributeValue>>();
        foreach (var chunk in keys.Distinct().Chunk(BatchGetLimit))
        {
            var pending = new KeysAndAttributes { Keys = chunk.Select(k => Key(k.Pk, k.Sk)).ToList(), ConsistentRead = true };
            while (pending is { Keys.Count: > 0 })
            {
                var response = await Client.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = new() { [Name] = pending } }, cancellationToken);
                foreach (var item in response.Responses?.GetValueOrDefault(Name) ?? [])
                {
                    found[(item.Str(TableKeys.Pk), item.Str(TableKeys.Sk))] = item;
                }
                pending = response.UnprocessedKeys?.GetValueOrDefault(Name);
            }
        }
        return keys.Select(k => found.GetValueOrDefault(k)).OfType<Dictionary<string, AttributeValue>>().ToList();
    }
}
