using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>The table the adapters expect: keys <c>pk</c>/<c>sk</c> and the three indexes of <see cref="TableKeys"/>, billed on demand.</summary>
public static class TableSchema
{
    public static IReadOnlyList<string> IndexNames { get; } = [TableKeys.ByLookup, TableKeys.ByParent, TableKeys.ByQueue];

    public static CreateTableRequest CreateRequest(string tableName) => new()
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions =
        [
            new AttributeDefinition(TableKeys.Pk, ScalarAttributeType.S),
            new AttributeDefinition(TableKeys.Sk, ScalarAttributeType.S),
            new AttributeDefinition(TableKeys.Lookup, ScalarAttributeType.S),
            new AttributeDefinition(TableKeys.Parent, ScalarAttributeType.S),
            new AttributeDefinition(TableKeys.Ordinal, ScalarAttributeType.S),
            new AttributeDefinition(TableKeys.Queue, ScalarAttributeType.S),
            new AttributeDefinition(TableKeys.QueueAt, ScalarAttributeType.N),
        ],
        KeySchema = [new KeySchemaElement(TableKeys.Pk, KeyType.HASH), new KeySchemaElement(TableKeys.Sk, KeyType.RANGE)],
        GlobalSecondaryIndexes =
        [
            Index(TableKeys.ByLookup, TableKeys.Lookup, null, new Projection { ProjectionType = ProjectionType.KEYS_ONLY }),
            Index(TableKeys.ByParent, TableKeys.Parent, TableKeys.Ordinal, new Projection { ProjectionType = ProjectionType.INCLUDE, NonKeyAttributes = ["status"] }),
            Index(TableKeys.ByQueue, TableKeys.Queue, TableKeys.QueueAt, new Projection { ProjectionType = ProjectionType.KEYS_ONLY }),
        ],
    };

    private static GlobalSecondaryIndex Index(string name, string partitionKey, string? sortKey, Projection projection)
    {
        var keys = new List<KeySchemaElement> { new(partitionKey, KeyType.HASH) };
        if (sortKey is not null)
        {
            keys.Add(new KeySchemaElement(sortKey, KeyType.RANGE));
        }
        return new GlobalSecondaryIndex { IndexName = name, KeySchema = keys, Projection = projection };
    }
}
