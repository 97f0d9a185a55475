namespace Dot.Storage.Aws;

/// <summary>
/// The <c>Storage:Aws</c> section: where the AWS stores live. Credentials come from the SDK's default chain
/// (environment, profile, instance or task role), never from here. Which settings are required depends on which
/// stores are on AWS; the host validates them at start (<see cref="AwsStorageRules"/>).
/// </summary>
public sealed class AwsStorageOptions
{
    public const string Section = "Storage:Aws";

    /// <summary>The AWS region of the table, bucket and key, e.g. <c>eu-west-1</c>.</summary>
    public string? Region { get; set; }

    /// <summary>The DynamoDB table of the configuration stores (partition key <c>pk</c>, sort key <c>sk</c>).</summary>
    public string? TableName { get; set; }

    /// <summary>The S3 bucket of the raw store.</summary>
    public string? BucketName { get; set; }

    /// <summary>The KMS key (id, ARN or alias) that wraps connector secrets and encrypts raw files (SSE-KMS).</summary>
    public string? KmsKeyId { get; set; }

    public AwsEndpointOptions DynamoDb { get; set; } = new();

    /// <summary>S3's endpoint; a local one is addressed path-style (<c>http://host/bucket/key</c>).</summary>
    public AwsEndpointOptions S3 { get; set; } = new();

    public AwsEndpointOptions Kms { get; set; } = new();

    /// <summary>The OpenSearch domain or collection of the analytics store.</summary>
    public OpenSearch.OpenSearchOptions OpenSearch { get; set; } = new();

    /// <summary>Creates the table and the bucket when missing (Development and tests only; never a KMS key).</summary>
    public bool CreateResources { get; set; }
}

/// <summary>A service's endpoint when it is not AWS's own for the region: an emulator or a test double.</summary>
public sealed class AwsEndpointOptions
{
    public Uri? ServiceUrl { get; set; }
}
