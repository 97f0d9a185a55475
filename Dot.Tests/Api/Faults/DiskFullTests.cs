using System.Net;
using Dot.Api.Http;
using Dot.Domain.Analytics;
using Dot.Domain.Uploads;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dot.Tests.Api.Faults;

/// <summary>A full disk is the server's problem: the client gets 507 and retries, and an accepted upload waits instead of failing.</summary>
public sealed class DiskFullTests
{
    [Fact]
    public async Task AnUploadWhileTheRawDiskIsFull_Answers507WithRetryAfter_AndKeepsNothing()
    {
        await using var factory = new DotApiFactory { TestServices = s => s.Decorate<IRawStore>(inner => new FailingRawStore(inner, DiskFullFailures.NoSpace())) };
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(3));

        Assert.Equal(HttpStatusCode.InsufficientStorage, answer.Status);
        Assert.Equal(GenericErrors.NoSpace, answer.Error);
        Assert.Equal(GenericErrors.NoSpaceRetryAfter, answer.RetryAfter);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Fact]
    public async Task AnAcceptedUploadMeetingAFullDisk_WaitsInTheQueue_AndSucceedsOnceThereIsRoom()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        OnceFullAnalyticsWriter? writer = null;
        await using var factory = new DotApiFactory
        {
            TestServices = s => s.AddSingleton<TimeProvider>(clock).Decorate<IAnalyticsWriter>(inner => writer = new OnceFullAnalyticsWriter(inner)),
        };
        var scenario = await TenantScenario.CreateAsync(factory);
        var client = new UploadClient(factory.CreateClient(), scenario.UploadToken);

        var accepted = await client.PostAsync(JUnitReports.Make(4), "?wait=0");
        await writer!.Refused.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var waiting = await client.GetAsync(accepted.Id);
        clock.Advance(TimeSpan.FromMinutes(1));
        var finished = await client.GetFinishedAsync(accepted.Id, TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.Accepted, accepted.Status);
        Assert.NotEqual("FAILED", waiting.Json.GetProperty("status").GetString());
        Assert.Equal("SUCCEEDED", finished.Json.GetProperty("status").GetString());
        Assert.Equal(4, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }
}
