using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.OpenSearchService;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace Dot.Infra.Data;

/// <summary>
/// What the API's task role may do with the data, and nothing more: items in tenant partitions (the
/// <c>dynamodb:LeadingKeys</c> condition, on the table and on <c>byParent</c>, whose keys start with the tenant), the
/// keys-only lookup and queue indexes (which span tenants by design); objects under <c>tenants/</c>; the data key only
/// through DynamoDB, S3 and OpenSearch; the secrets key with a tenant in the encryption context, or through S3 (the raw
/// store's SSE-KMS key); HTTP calls to the search domain. The same rules as the IAM policy the README gives for the AWS stores.
/// </summary>
public static class ApiDataAccess
{
    private static readonly string[] ItemActions =
    [
        "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem",
        "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem",
    ];

    private static readonly string[] TenantKeys = ["TENANT#*"];
    private static readonly string[] TenantPrefixes = ["tenants/*"];

    private static readonly string[] ObjectActions =
        ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:GetObjectTagging", "s3:PutObjectTagging"];

    private static readonly string[] DataKeyActions = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*", "kms:DescribeKey"];

    public static void Grant(Construct scope, IRole role, Table table, Bucket bucket, Key dataKey, Key secretsKey, Domain search)
    {
        var policy = new Policy(scope, "ApiDataAccess", new PolicyProps { Roles = [role] });
        policy.AddStatements(
            Allow("TenantPartitions", ItemActions, [table.TableArn], new Dictionary<string, object>
            {
                ["ForAllValues:StringLike"] = new Dictionary<string, object> { ["dynamodb:LeadingKeys"] = TenantKeys },
            }),
            Allow("TenantOrderedChildren", ["dynamodb:Query"], [$"{table.TableArn}/index/{ConfigurationTable.ParentIndex}"], new Dictionary<string, object>
            {
                ["ForAllValues:StringLike"] = new Dictionary<string, object> { ["dynamodb:LeadingKeys"] = TenantKeys },
            }),
            Allow("LookupsAndQueues", ["dynamodb:Query"],
                [$"{table.TableArn}/index/{ConfigurationTable.LookupIndex}", $"{table.TableArn}/index/{ConfigurationTable.QueueIndex}"]),
            Allow("TableAtStart", ["dynamodb:DescribeTable"], [table.TableArn]),
            Allow("TenantObjects", ObjectActions, [bucket.ArnForObjects("tenants/*")]),
            Allow("TenantListing", ["s3:ListBucket"], [bucket.BucketArn], new Dictionary<string, object>
            {
                ["StringLike"] = new Dictionary<string, object> { ["s3:prefix"] = TenantPrefixes },
            }),
            Allow("SearchHttp", ["es:ESHttpGet", "es:ESHttpHead", "es:ESHttpPost", "es:ESHttpPut", "es:ESHttpDelete"], [$"{search.DomainArn}/*"]));

        dataKey.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "ApiThroughDataServices",
            Principals = [role],
            Actions = DataKeyActions,
            Resources = ["*"],
            Conditions = new Dictionary<string, object>
            {
                ["StringEquals"] = new Dictionary<string, object>
                {
                    ["kms:ViaService"] = new[] { $"dynamodb.{Aws.REGION}.amazonaws.com", $"s3.{Aws.REGION}.amazonaws.com", $"es.{Aws.REGION}.amazonaws.com" },
                },
            },
        }));
        secretsKey.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "ApiSealsSecretsForATenant",
            Principals = [role],
            Actions = ["kms:GenerateDataKey", "kms:Decrypt"],
            Resources = ["*"],
            Conditions = new Dictionary<string, object>
            {
                ["Null"] = new Dictionary<string, object> { ["kms:EncryptionContext:tenant"] = "false" },
            },
        }));
        // The raw store writes its objects with SSE-KMS under Storage:Aws:KmsKeyId, this key, through S3.
        secretsKey.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "ApiThroughS3",
            Principals = [role],
            Actions = ["kms:GenerateDataKey", "kms:Decrypt"],
            Resources = ["*"],
            Conditions = new Dictionary<string, object>
            {
                ["StringEquals"] = new Dictionary<string, object> { ["kms:ViaService"] = $"s3.{Aws.REGION}.amazonaws.com" },
            },
        }));
        secretsKey.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "ApiChecksTheKeyAtStart",
            Principals = [role],
            Actions = ["kms:DescribeKey"],
            Resources = ["*"],
        }));
    }

    private static PolicyStatement Allow(string sid, string[] actions, string[] resources, Dictionary<string, object>? conditions = null) =>
        new(new PolicyStatementProps { Sid = sid, Actions = actions, Resources = resources, Conditions = conditions });
}
