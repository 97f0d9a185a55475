using Dot.Storage.Aws.OpenSearch;

namespace Dot.Storage.Aws;

/// <summary>The checks of <see cref="AwsStorageOptions"/> for the stores a host puts on AWS, each failure naming its setting.</summary>
public static class AwsStorageRules
{
    /// <summary>The problems of <paramref name="options"/>, one sentence each; empty when it can serve the stores asked for.</summary>
    public static IReadOnlyList<string> Check(AwsStorageOptions options, bool config, bool raw, bool secrets, bool analytics, AwsEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var problems = new List<string>();
        if (!config && !raw && !secrets && !analytics)
        {
            return problems;
        }
        if (config || raw || secrets || !string.IsNullOrEmpty(options.OpenSearch.Service))
        {
            Require(problems, options.Region, "Storage:Aws:Region", "the AWS region, e.g. eu-west-1");
        }
        if (analytics)
        {
            problems.AddRange(OpenSearchRules.Check(options.OpenSearch, environment.IsDevelopment));
        }
        if (config)
        {
            Require(problems, options.TableName, "Storage:Aws:TableName", "the DynamoDB table of the configuration stores");
            Endpoint(problems, options.DynamoDb.ServiceUrl, "Storage:Aws:DynamoDb:ServiceUrl");
        }
        if (raw)
        {
            Require(problems, options.BucketName, "Storage:Aws:BucketName", "the S3 bucket of the raw files");
            Endpoint(problems, options.S3.ServiceUrl, "Storage:Aws:S3:ServiceUrl");
        }
        if (raw || secrets)
        {
            Require(problems, options.KmsKeyId, "Storage:Aws:KmsKeyId", "the KMS key that encrypts raw files and wraps secrets");
            Endpoint(problems, options.Kms.ServiceUrl, "Storage:Aws:Kms:ServiceUrl");
        }
        if (options.CreateResources && environment.IsProduction)
        {
            problems.Add("Storage:Aws:CreateResources is for Development and tests only: create the table and bucket with the infrastructure in Production.");
        }
        return problems;
    }

    private static void Require(List<string> problems, string? value, string setting, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{setting} is required: {what}.");
        }
    }

    private static void Endpoint(List<string> problems, Uri? url, string setting)
    {
        if (url is not null && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
        {
            problems.Add($"{setting} must be an absolute http or https URL.");
        }
    }
}
