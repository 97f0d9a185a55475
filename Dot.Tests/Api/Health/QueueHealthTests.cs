using System.Net;
using System.Text.Json;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dot.Tests.Api.Health;

/// <summary>An instance that only accepts uploads (no worker here): readiness says so, and calls the queue stuck once a job waits too long.</summary>
public sealed class QueueHealthTests
{
    [Fact]
    public async Task AJobWaitingLongerThanTheLimit_MakesReadinessFail()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new DotApiFactory { TestServices = s => s.AddSingleton<TimeProvider>(clock) };
        factory.Settings["Uploads:RunWorker"] = "false";
        factory.Settings["Health:MaxQueueAgeSeconds"] = "600";
        var scenario = await TenantScenario.CreateAsync(factory);
        var accepted = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(passed: 1), query: "");
        Assert.Equal(HttpStatusCode.Accepted, accepted.Status);

        clock.Advance(TimeSpan.FromSeconds(599));
        var (fresh, freshBody) = await ReadyAsync(factory);
        clock.Advance(TimeSpan.FromSeconds(2));
        var (stuck, stuckBody) = await ReadyAsync(factory);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable), (fresh, stuck));
        Assert.Equal("off on this instance", freshBody.GetProperty("checks").GetProperty("worker").GetProperty("description").GetString());
        Assert.Equal("oldest job queued 601 s ago, over the 600 s limit", stuckBody.GetProperty("checks").GetProperty("queue").GetProperty("description").GetString());
    }

    private static async Task<(HttpStatusCode, JsonElement)> ReadyAsync(DotApiFactory factory)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
