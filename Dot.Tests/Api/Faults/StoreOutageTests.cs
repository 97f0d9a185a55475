using System.Net;
using System.Net.Sockets;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Dot.Api.GraphQL;
using Dot.Api.Http;
using Dot.Domain.Uploads;
using Dot.Storage.Aws;
using Dot.Tests.Api.Http;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.Faults;

/// <summary>A store that is unavailable for now (throttled, failing, unreachable) gives the caller a 503 to retry, never a 500.</summary>
public sealed class StoreOutageTests
{
    [Fact]
    public async Task AnUploadWhileS3IsUnavailable_Answers503WithRetryAfter_AndKeepsNothing()
    {
        var unavailable = new AmazonS3Exception("Please reduce your request rate.", ErrorType.Receiver, "SlowDown", "request-1", HttpStatusCode.ServiceUnavailable);
        await using var factory = new DotApiFactory { TestServices = s => s.Decorate<IRawStore>(inner => new FailingRawStore(inner, unavailable)) };
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(3));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal(GenericErrors.StoreUnavailable, answer.Error);
        Assert.Equal(GenericErrors.StoreUnavailableRetryAfter, answer.RetryAfter);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Fact]
    public async Task AQueryWhileItsStoreIsUnavailable_Answers503WithRetryAfter_AndTheCodeStoreUnavailable()
    {
        var unavailable = new AmazonDynamoDBException("Service unavailable.", ErrorType.Receiver, "ServiceUnavailable", "request-2", HttpStatusCode.ServiceUnavailable);
        await using var factory = new DotApiFactory { TestServices = s => s.AddSingleton<IUploadStore>(new BrokenUploadStore(unavailable)) };
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await scenario.Owner.PostAsync("query($id: ID!) { uploads(datasetId: $id, first: 5) { edges { node { id } } } }", new { id = scenario.DatasetId });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal([ErrorCodes.StoreUnavailable], answer.ErrorCodes);
        Assert.Equal(GenericErrors.StoreUnavailableRetryAfter, answer.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain("request-2", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableEndpoint_IsAnOutage()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var s3 = new AmazonS3Client(new BasicAWSCredentials("a", "b"), new AmazonS3Config { ServiceURL = $"http://127.0.0.1:{port}", ForcePathStyle = true, MaxErrorRetry = 0 });

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => s3.HeadBucketAsync(new HeadBucketRequest { BucketName = "dot" }));

        Assert.True(AwsOutage.Caused(failure), failure.GetType().FullName);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "ValidationException", false)]
    [InlineData(HttpStatusCode.NotFound, "NoSuchKey", false)]
    [InlineData(HttpStatusCode.BadRequest, "ProvisionedThroughputExceededException", true)]
    [InlineData(HttpStatusCode.InternalServerError, "InternalError", true)]
    public void OnlyThrottlingAndServerFailures_AreOutages(HttpStatusCode status, string code, bool outage)
    {
        Assert.Equal(outage, AwsOutage.Caused(new AmazonServiceException("x", null, ErrorType.Receiver, code, "r", status)));
    }
}
