using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.KMS;
using Constructs;

namespace Dot.Infra.Data;

/// <summary>
/// The one DynamoDB table of the AWS stores (docs/decisions/0008): <c>pk</c>/<c>sk</c>, tenant-first partitions, and
/// the keys-only <c>byLookup</c> index for the two lookups that start outside a tenant. Encrypted with the data key,
/// recoverable to any second of the last 35 days.
/// </summary>
public static class ConfigurationTable
{
    public const string LookupIndex = "byLookup";

    public static Table Create(Construct scope, IKey key, bool retain)
    {
        var table = new Table(scope, "Configuration", new TableProps
        {
            PartitionKey = new Amazon.CDK.AWS.DynamoDB.Attribute { Name = "pk", Type = AttributeType.STRING },
            SortKey = new Amazon.CDK.AWS.DynamoDB.Attribute { Name = "sk", Type = AttributeType.STRING },
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
            PartitionKey = new Amazon.CDK.AWS.DynamoDB.Attribute { Name = "lookup", Type = AttributeType.STRING },
            ProjectionType = ProjectionType.KEYS_ONLY,
        });
        return table;
    }
}
