using Amazon;
using Amazon.DynamoDBv2;
using Amazon.KeyManagementService;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Options;

namespace Dot.Storage.Aws;

/// <summary>
/// The AWS SDK clients the adapters share, made once from <see cref="AwsStorageOptions"/>: the region, and a local
/// endpoint where one is set. Credentials are the SDK's default chain unless the host registered
/// <see cref="AWSCredentials"/> (the tests do, for the emulators); an <see cref="HttpClientFactory"/> registered beside
/// them carries every request (the tests record them).
/// </summary>
public sealed class AwsClients(IOptions<AwsStorageOptions> options, AWSCredentials? credentials = null, HttpClientFactory? httpClientFactory = null) : IDisposable
{
    private readonly Lazy<IAmazonDynamoDB> _dynamoDb = new(() => CreateDynamoDb(options.Value, credentials, httpClientFactory));
    private readonly Lazy<IAmazonS3> _s3 = new(() => CreateS3(options.Value, credentials, httpClientFactory));
    private readonly Lazy<IAmazonKeyManagementService> _kms = new(() => CreateKms(options.Value, credentials, httpClientFactory));

    public IAmazonDynamoDB DynamoDb => _dynamoDb.Value;

    public IAmazonS3 S3 => _s3.Value;

    public IAmazonKeyManagementService Kms => _kms.Value;

    public void Dispose()
    {
        foreach (var client in new IDisposable?[] { Made(_dynamoDb), Made(_s3), Made(_kms) })
        {
            client?.Dispose();
        }
    }

    private static IDisposable? Made<T>(Lazy<T> client) where T : IDisposable => client.IsValueCreated ? client.Value : null;

    private static AmazonDynamoDBClient CreateDynamoDb(AwsStorageOptions options, AWSCredentials? credentials, HttpClientFactory? http)
    {
        var config = Configure(new AmazonDynamoDBConfig(), options, options.DynamoDb.ServiceUrl, http);
        return credentials is null ? new AmazonDynamoDBClient(config) : new AmazonDynamoDBClient(credentials, config);
    }

    private static AmazonS3Client CreateS3(AwsStorageOptions options, AWSCredentials? credentials, HttpClientFactory? http)
    {
        var config = Configure(new AmazonS3Config(), options, options.S3.ServiceUrl, http);
        config.ForcePathStyle = options.S3.ServiceUrl is not null;
        // The adapter keeps its own SHA-256; the SDK's extra CRC trailers are sent only where S3 requires them.
        config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
        config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        return credentials is null ? new AmazonS3Client(config) : new AmazonS3Client(credentials, config);
    }

    private static AmazonKeyManagementServiceClient CreateKms(AwsStorageOptions options, AWSCredentials? credentials, HttpClientFactory? http)
    {
        var config = Configure(new AmazonKeyManagementServiceConfig(), options, options.Kms.ServiceUrl, http);
        return credentials is null ? new AmazonKeyManagementServiceClient(config) : new AmazonKeyManagementServiceClient(credentials, config);
    }

    /// <summary>The region, or a local endpoint signed for the region; the SDK's standard retries with backoff either way.</summary>
    private static T Configure<T>(T config, AwsStorageOptions options, Uri? serviceUrl, HttpClientFactory? http) where T : ClientConfig
    {
        if (http is not null)
        {
            config.HttpClientFactory = http;
        }
        var region = options.Region ?? throw new InvalidOperationException("Storage:Aws:Region is required.");
        if (serviceUrl is null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }
        else
        {
            config.ServiceURL = serviceUrl.ToString();
            config.AuthenticationRegion = region;
        }
        config.RetryMode = RequestRetryMode.Standard;
        config.MaxErrorRetry = 4;
        return config;
    }
}
