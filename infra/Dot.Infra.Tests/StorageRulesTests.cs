using Amazon.CDK.Assertions;
using static Dot.Infra.Tests.TemplateJson;

namespace Dot.Infra.Tests;

/// <summary>Encryption at rest everywhere, with customer-managed keys that rotate; buckets private and TLS-only.</summary>
[Collection(SynthesisFixture.Name)]
public sealed class StorageRulesTests(SynthesizedStages stages)
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void EveryBucket_IsKmsEncryptedVersionedAndPrivate(string environment)
    {
        var buckets = stages.Named(environment).Resources("AWS::S3::Bucket").ToList();

        Assert.Equal(2, buckets.Count);
        Assert.All(buckets, b =>
        {
            var properties = b.Resource.GetProperty("Properties");
            var encryption = properties.GetProperty("BucketEncryption").GetProperty("ServerSideEncryptionConfiguration")[0].GetProperty("ServerSideEncryptionByDefault");
            Assert.Equal("aws:kms", encryption.GetProperty("SSEAlgorithm").GetString());
            Assert.NotEqual(default, Property(encryption, "KMSMasterKeyID"));
            Assert.Equal("Enabled", Property(properties, "VersioningConfiguration", "Status").GetString());
            foreach (var block in (string[])["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"])
            {
                Assert.True(Property(properties, "PublicAccessBlockConfiguration", block).GetBoolean(), $"{b.Id}: {block}");
            }
        });
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void EveryBucket_DeniesRequestsWithoutTls(string environment)
    {
        var stage = stages.Named(environment);
        var policies = stage.Resources("AWS::S3::BucketPolicy").ToList();

        Assert.All(stage.Resources("AWS::S3::Bucket"), bucket => Assert.Contains(policies, policy =>
            Property(policy.Resource, "Properties", "Bucket", "Ref").GetString() == bucket.Id
            && Statements(policy.Resource).Any(s => s.GetProperty("Effect").GetString() == "Deny"
                && Property(s, "Condition", "Bool", "aws:SecureTransport").GetString() == "false")));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void TheTable_IsKmsEncryptedAndRecoverable(string environment)
    {
        stages.Named(environment).Templates["Data"].HasResourceProperties("AWS::DynamoDB::Table", new Dictionary<string, object>
        {
            ["KeySchema"] = new object[]
            {
                new Dictionary<string, object> { ["AttributeName"] = "pk", ["KeyType"] = "HASH" },
                new Dictionary<string, object> { ["AttributeName"] = "sk", ["KeyType"] = "RANGE" },
            },
            ["SSESpecification"] = new Dictionary<string, object> { ["SSEEnabled"] = true, ["SSEType"] = "KMS", ["KMSMasterKeyId"] = Match.AnyValue() },
            ["PointInTimeRecoverySpecification"] = new Dictionary<string, object> { ["PointInTimeRecoveryEnabled"] = true },
        });
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void TheSearchDomain_IsEncryptedHttpsOnlyAndInTheVpc(string environment)
    {
        stages.Named(environment).Templates["Data"].HasResourceProperties("AWS::OpenSearchService::Domain", new Dictionary<string, object>
        {
            ["EncryptionAtRestOptions"] = new Dictionary<string, object> { ["Enabled"] = true, ["KmsKeyId"] = Match.AnyValue() },
            ["NodeToNodeEncryptionOptions"] = new Dictionary<string, object> { ["Enabled"] = true },
            ["DomainEndpointOptions"] = new Dictionary<string, object> { ["EnforceHTTPS"] = true, ["TLSSecurityPolicy"] = "Policy-Min-TLS-1-2-PFS-2023-10" },
            ["AdvancedSecurityOptions"] = Match.ObjectLike(new Dictionary<string, object> { ["Enabled"] = true }),
            ["VPCOptions"] = Match.ObjectLike(new Dictionary<string, object> { ["SubnetIds"] = Match.AnyValue(), ["SecurityGroupIds"] = Match.AnyValue() }),
        });
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void EveryKmsKey_Rotates(string environment)
    {
        var keys = stages.Named(environment).Resources("AWS::KMS::Key").ToList();

        Assert.Equal(4, keys.Count);
        Assert.All(keys, k => Assert.True(Property(k.Resource, "Properties", "EnableKeyRotation").GetBoolean(), k.Id));
    }

    [Fact]
    public void TheSecretsKey_LetsTheApiUseItOnlyWithATenantInTheEncryptionContext_OrThroughS3()
    {
        var secretsKey = stages.Dev.Resources("AWS::KMS::Key").Single(k => k.Id.StartsWith("SecretsKey", StringComparison.Ordinal));

        var uses = Statements(secretsKey.Resource).Where(s => Values(Property(s, "Action")).Contains("kms:Decrypt")).ToList();

        Assert.Equal(2, uses.Count);
        Assert.All(uses, use => Assert.True(
            Property(use, "Condition", "Null", "kms:EncryptionContext:tenant").ValueKind == System.Text.Json.JsonValueKind.String
            || Property(use, "Condition", "StringEquals", "kms:ViaService").GetRawText().Contains("s3.", StringComparison.Ordinal),
            use.GetRawText()));
    }
}
