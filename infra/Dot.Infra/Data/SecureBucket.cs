using Amazon.CDK;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace Dot.Infra.Data;

/// <summary>Every bucket DoT has: SSE-KMS with a bucket key, versioned, no public access, TLS only, objects owned by the bucket.</summary>
public static class SecureBucket
{
    public static Bucket Create(Construct scope, string id, IKey key, bool retain, Duration keepOldVersions) =>
        new(scope, id, new BucketProps
        {
            Encryption = BucketEncryption.KMS,
            EncryptionKey = key,
            BucketKeyEnabled = true,
            Versioned = true,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            EnforceSSL = true,
            MinimumTLSVersion = 1.2,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            LifecycleRules = [new LifecycleRule { NoncurrentVersionExpiration = keepOldVersions, AbortIncompleteMultipartUploadAfter = Duration.Days(7) }],
            RemovalPolicy = retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
}
