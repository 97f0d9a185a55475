using Amazon.CDK;
using Amazon.CDK.AWS.CloudTrail;
using Amazon.CDK.AWS.IAM;
using Constructs;
using Dot.Infra.Data;

namespace Dot.Infra.Operations;

/// <summary>
/// CloudTrail for the account in every region, with log file validation, into its own bucket encrypted with its own
/// key (which only CloudTrail may encrypt with), and into a log group kept for the environment's retention.
/// </summary>
public static class AuditTrail
{
    public static Trail Create(Construct scope, DeploymentConfig config)
    {
        var key = ManagedKey.Create(scope, "TrailKey", "DoT CloudTrail logs", config.RetainData);
        key.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "CloudTrailEncryptsLogs",
            Principals = [new ServicePrincipal("cloudtrail.amazonaws.com")],
            Actions = ["kms:GenerateDataKey*", "kms:DescribeKey"],
            Resources = ["*"],
            Conditions = new Dictionary<string, object>
            {
                ["StringLike"] = new Dictionary<string, object> { ["kms:EncryptionContext:aws:cloudtrail:arn"] = $"arn:{Aws.PARTITION}:cloudtrail:*:{Aws.ACCOUNT_ID}:trail/*" },
            },
        }));
        var bucket = SecureBucket.Create(scope, "TrailLogs", key, retain: true, keepOldVersions: Duration.Days(365));
        return new Trail(scope, "Trail", new TrailProps
        {
            Bucket = bucket,
            EncryptionKey = key,
            IsMultiRegionTrail = true,
            IncludeGlobalServiceEvents = true,
            EnableFileValidation = true,
            SendToCloudWatchLogs = true,
            CloudWatchLogsRetention = config.LogRetention,
        });
    }
}
