using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.KMS;
using Constructs;

namespace Dot.Infra.Data;

/// <summary>
/// The one DynamoDB table of the AWS stores (docs/decisions/0008 and 0011): <c>pk</c>/<c>sk</c>, tenant-first
/// partitions, and the three indexes the adapters check at start: <c>byLookup</c> (the two lookups that start outside
/// a tenant), <c>byParent</c> (a dataset's uploads, a connector's runs, in order) and <c>byQueue</c> (the work that spans
/// tenants). Encrypted with the data key, recoverable to any second of the last 35 days.
/// </summary>
public static class ConfigurationTable
{
    public const string LookupIndex = "byLookup";
    public const string ParentIndex = "byParent";
    public const string QueueIndex = "byQueue";

    public static Table Create(Construct scope, IKey key, bool retain)
    {
        var table = new Table(scope, "Configuration", new TableProps
        {
            PartitionKey = Key("pk", AttributeType.STRING),
            SortKey = Key("sk", AttributeType.STRING),
            BillingMode = BillingMode.PAY_PER_REQUEST,
            Encryption = TableEncryption.CUSTOMER_MANAGED,
            EncryptionKey = key,
            PointInTimeRecovery = true,
            DeletionProtection = retain,
            RemovalPolicy = retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
        table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
        {
            IndexName = LookupIndex,
            PartitionKey = Key("lookup", AttributeType.STRING),
            ProjectionType = ProjectionType.KEYS_ONLY,
        });
        table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
        {
            IndexName = ParentIndex,
            PartitionKey = Key("parent", AttributeType.STRING),
            SortKey = Key("ordinal", AttributeType.STRING),
            ProjectionType = ProjectionType.INCLUDE,
            NonKeyAttributes = ["status"],
        });
        table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
        {
            IndexName = QueueIndex,
            PartitionKey = Key("queue", AttributeType.STRING),
            SortKey = Key("queueAt", AttributeType.NUMBER),
            ProjectionType = ProjectionType.KEYS_ONLY,
        });
        return table;
    }

    private static Amazon.CDK.AWS.DynamoDB.Attribute Key(string name, AttributeType type) => new() { Name = name, Type = type };
}
