using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.KeyManagementService.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Dot.Storage.Aws.DynamoDb;
using Microsoft.Extensions.Options;

namespace Dot.Storage.Aws;

/// <summary>
/// Checks at start that the table, bucket and key the chosen stores use exist, and fails naming the one that does
/// not. With <c>Storage:Aws:CreateResources</c> it creates a missing table (with its indexes) and bucket instead; a KMS
/// key is never created.
/// </summary>
public sealed class AwsResources(AwsClients clients, IOptions<AwsStorageOptions> options)
{
    private static readonly TimeSpan ActivePoll = TimeSpan.FromMilliseconds(200);

    private AwsStorageOptions Options => options.Value;

    public async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        var name = Options.TableName!;
        TableDescription table;
        try
        {
            table = (await clients.DynamoDb.DescribeTableAsync(new DescribeTableRequest { TableName = name }, cancellationToken)).Table;
        }
        catch (ResourceNotFoundException) when (Options.CreateResources)
        {
            await clients.DynamoDb.CreateTableAsync(TableSchema.CreateRequest(name), cancellationToken);
            await WaitUntilActiveAsync(name, cancellationToken);
            return;
        }
        catch (ResourceNotFoundException exception)
        {
            throw new InvalidOperationException(
                $"Storage:Aws:TableName: the DynamoDB table '{name}' does not exist in {Options.Region}; create it (README, AWS mode) or set Storage:Aws:CreateResources in Development.", exception);
        }
        var missing = TableSchema.IndexNames.Except((table.GlobalSecondaryIndexes ?? []).Select(i => i.IndexName)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Storage:Aws:TableName: the DynamoDB table '{name}' lacks the index(es) {string.Join(", ", missing)}.");
        }
    }

    public async Task EnsureBucketAsync(CancellationToken cancellationToken)
    {
        var name = Options.BucketName!;
        try
        {
            await clients.S3.HeadBucketAsync(new HeadBucketRequest { BucketName = name }, cancellationToken);
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            if (!Options.CreateResources)
            {
                throw new InvalidOperationException(
                    $"Storage:Aws:BucketName: the S3 bucket '{name}' does not exist; create it (README, AWS mode) or set Storage:Aws:CreateResources in Development.", exception);
            }
            await clients.S3.PutBucketAsync(new PutBucketRequest { BucketName = name }, cancellationToken);
        }
    }

    public async Task EnsureKeyAsync(CancellationToken cancellationToken)
    {
        var keyId = Options.KmsKeyId!;
        try
        {
            var key = (await clients.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId }, cancellationToken)).KeyMetadata;
            if (key.Enabled != true)
            {
                throw new InvalidOperationException($"Storage:Aws:KmsKeyId: the KMS key '{keyId}' is not enabled.");
            }
        }
        catch (NotFoundException exception)
        {
            throw new InvalidOperationException($"Storage:Aws:KmsKeyId: the KMS key '{keyId}' does not exist in {Options.Region}.", exception);
        }
    }

    private async Task WaitUntilActiveAsync(string name, CancellationToken cancellationToken)
    {
        while ((await clients.DynamoDb.DescribeTableAsync(new DescribeTableRequest { TableName = name }, cancellationToken)).Table.TableStatus != TableStatus.ACTIVE)
        {
            await Task.Delay(ActivePoll, cancellationToken);
        }
    }
}
