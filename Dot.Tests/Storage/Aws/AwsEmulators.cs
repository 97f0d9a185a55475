using Amazon.Runtime;
using Dot.Bench.Emulators;
using Dot.Domain.Identifiers;
using Dot.Storage.Aws;
using Dot.Storage.Aws.DynamoDb;
using Dot.Tests.Support;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Aws;

/// <summary>
/// DynamoDB (dynalite) and S3 (s3rver) in one node process on free loopback ports, and the <see cref="KmsDouble"/>,
/// for one test collection. The node process stops when its standard input closes, i.e. when this fixture ends or the
/// test run dies. Each table or bucket a test asks for is new, so tests do not see each other's items.
/// </summary>
public sealed class AwsEmulators : IAsyncLifetime
{
    public const string Region = "eu-west-1";

    private NodeEmulators? _node;
    private KmsDouble? _kms;

    /// <summary>s3rver checks Signature V4 with its own fixed key pair; dynalite and the KMS double take any.</summary>
    public static AWSCredentials Credentials { get; } = new BasicAWSCredentials("S3RVER", "S3RVER");

    public Uri DynamoDbUrl { get; private set; } = null!;

    public Uri S3Url { get; private set; } = null!;

    public Uri KmsUrl => _kms?.Url ?? throw new InvalidOperationException("The KMS double is not running.");

    /// <summary>The settings of the table and bucket the contract suites share (under fresh tenant ids).</summary>
    public AwsStorageOptions Shared { get; private set; } = null!;

    public AwsClients SharedClients { get; private set; } = null!;

    public DynamoTable SharedTable { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _kms = await KmsDouble.StartAsync();
        _node = await NodeEmulators.StartAsync(RepositoryPaths.Root);
        DynamoDbUrl = _node.Url("dynamodb");
        S3Url = _node.Url("s3");

        Shared = NewOptions();
        SharedClients = Clients(Shared);
        var resources = new AwsResources(SharedClients, Options.Create(Shared));
        await resources.EnsureTableAsync(CancellationToken.None);
        await resources.EnsureBucketAsync(CancellationToken.None);
        SharedTable = new DynamoTable(SharedClients.DynamoDb, Shared.TableName!);
    }

    public async Task DisposeAsync()
    {
        SharedClients?.Dispose();
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
        if (_kms is not null)
        {
            await _kms.DisposeAsync();
        }
    }

    /// <summary>Settings for a fresh table and bucket (made on first use) on these emulators.</summary>
    public AwsStorageOptions NewOptions() => new()
    {
        Region = Region,
        TableName = "dot-" + OpaqueId.New("t").ToLowerInvariant().Replace('_', '-'),
        BucketName = "dot-" + OpaqueId.New("b").ToLowerInvariant().Replace('_', '-'),
        KmsKeyId = "alias/dot-tests",
        DynamoDb = { ServiceUrl = DynamoDbUrl },
        S3 = { ServiceUrl = S3Url },
        Kms = { ServiceUrl = KmsUrl },
        CreateResources = true,
    };

    public static AwsClients Clients(AwsStorageOptions options, HttpClientFactory? http = null) => new(Options.Create(options), Credentials, http);

    /// <summary>A new table with the adapters' schema, and the clients it was made with.</summary>
    public async Task<DynamoTable> NewTableAsync(HttpClientFactory? http = null)
    {
        var options = NewOptions();
        var clients = Clients(options, http);
        await new AwsResources(clients, Options.Create(options)).EnsureTableAsync(CancellationToken.None);
        return new DynamoTable(clients.DynamoDb, options.TableName!);
    }

    /// <summary>Clients over a new bucket, with its settings.</summary>
    public async Task<(AwsClients Clients, AwsStorageOptions Options)> NewBucketAsync(HttpClientFactory? http = null)
    {
        var options = NewOptions();
        var clients = Clients(options, http);
        await new AwsResources(clients, Options.Create(options)).EnsureBucketAsync(CancellationToken.None);
        return (clients, options);
    }
}

[CollectionDefinition(Name)]
public sealed class AwsEmulatorsGroup : ICollectionFixture<AwsEmulators>
{
    public const string Name = "AWS emulators";
}
