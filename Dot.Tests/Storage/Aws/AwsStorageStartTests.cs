using System.Net;
using Dot.Api.Telemetry;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Aws;

/// <summary>
/// The API's start with stores on AWS: a missing or bad setting stops it naming the setting, a missing table, bucket
/// or key stops it naming the resource, and with every setting right it serves on the emulators.
/// </summary>
[Collection(AwsEmulatorsGroup.Name)]
public sealed class AwsStorageStartTests(AwsEmulators aws)
{
    [Theory]
    [InlineData("Storage:Config", "Storage:Aws:TableName")]
    [InlineData("Storage:Raw", "Storage:Aws:BucketName")]
    [InlineData("Storage:Secrets", "Storage:Aws:KmsKeyId")]
    public void AStoreOnAwsWithoutItsSettings_StopsTheStartNamingThem(string store, string named)
    {
        using var factory = new DotApiFactory();
        factory.Settings[store] = "Aws";

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Storage:Aws:Region is required", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyticsOnAwsWithoutAnOpenSearchUrl_StopsTheStartNamingIt()
    {
        using var factory = new DotApiFactory();
        factory.Settings["Storage:Analytics"] = "Aws";

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Storage:Aws:OpenSearch:Url is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatingResources_IsRefusedInProduction()
    {
        using var factory = new DotApiFactory { EnvironmentName = "Production" };
        Configure(factory, aws.NewOptions());

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Storage:Aws:CreateResources is for Development and tests only", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage:Aws:TableName", "the DynamoDB table")]
    [InlineData("Storage:Aws:BucketName", "the S3 bucket")]
    [InlineData("Storage:Aws:KmsKeyId", "the KMS key")]
    public void AMissingResource_StopsTheStartNamingIt(string setting, string resource)
    {
        using var factory = OnEmulators();
        Configure(factory, aws.NewOptions());
        factory.Settings["Storage:Aws:CreateResources"] = "false";
        if (setting == "Storage:Aws:BucketName")
        {
            factory.Settings["Storage:Config"] = "Embedded";
        }
        if (setting == "Storage:Aws:KmsKeyId")
        {
            factory.Settings["Storage:Aws:CreateResources"] = "true";
            factory.Settings[setting] = "alias/no-such-key";
        }

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.StartsWith(setting + ": " + resource, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithEveryStoreButAnalyticsOnAws_TheApiStartsAndServes()
    {
        using var factory = OnEmulators();
        Configure(factory, aws.NewOptions());

        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tenants = Assert.IsAssignableFrom<StoreCallTracer>(factory.Services.GetRequiredService<Dot.Domain.Tenancy.ITenantStore>());
        Assert.IsType<Dot.Storage.Aws.DynamoDb.DynamoTenantStore>(tenants.Adapter);
    }

    /// <summary>The API with the emulators' credentials (in place of the SDK's default chain).</summary>
    internal static DotApiFactory OnEmulators() => new() { TestServices = services => services.AddSingleton(AwsEmulators.Credentials) };

    /// <summary>Configuration, raw files and secrets on the emulators; credentials as the emulators take them.</summary>
    internal static void Configure(DotApiFactory factory, Dot.Storage.Aws.AwsStorageOptions options)
    {
        factory.Settings["Storage:Config"] = "Aws";
        factory.Settings["Storage:Raw"] = "Aws";
        factory.Settings["Storage:Secrets"] = "Aws";
        factory.Settings["Storage:Aws:Region"] = options.Region;
        factory.Settings["Storage:Aws:TableName"] = options.TableName;
        factory.Settings["Storage:Aws:BucketName"] = options.BucketName;
        factory.Settings["Storage:Aws:KmsKeyId"] = options.KmsKeyId;
        factory.Settings["Storage:Aws:DynamoDb:ServiceUrl"] = options.DynamoDb.ServiceUrl!.ToString();
        factory.Settings["Storage:Aws:S3:ServiceUrl"] = options.S3.ServiceUrl!.ToString();
        factory.Settings["Storage:Aws:Kms:ServiceUrl"] = options.Kms.ServiceUrl!.ToString();
        factory.Settings["Storage:Aws:CreateResources"] = "true";
    }
}
