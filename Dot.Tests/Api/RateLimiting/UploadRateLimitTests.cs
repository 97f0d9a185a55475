using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.RateLimiting;

/// <summary>The upload endpoint takes one permit per request from its upload token's and its tenant's allowance.</summary>
public sealed class UploadRateLimitTests
{
    [Fact]
    public async Task ABurstPastTheTokensLimit_Is429WithRetryAfter_AndStoresNothingForTheRefused()
    {
        using var factory = new DotApiFactory();
        factory.Settings["RateLimits:Uploads:PermitsPerMinute"] = "3";
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);

        var answers = new List<UploadAnswer>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await uploads.PostAsync(JUnitReports.Make(passed: i + 1, seed: $"burst-{i}")));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(answers.Skip(3), a =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, a.Status);
            Assert.InRange(a.RetryAfter!.Value.TotalSeconds, 1, 60);
            Assert.StartsWith("This caller has used its upload allowance of 3 per minute.", a.Error, StringComparison.Ordinal);
        });
        Assert.Equal(3, (await scenario.UploadsAsync()).Count);
        Assert.Equal(1 + 2 + 3, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
        var raw = Directory.EnumerateFiles(Path.Combine(factory.DataPath, "raw"), "*", SearchOption.AllDirectories)
            .Count(f => f.Contains(scenario.DatasetId, StringComparison.Ordinal));
        Assert.Equal(3, raw);
    }

    [Fact]
    public async Task TheTenantsLimit_CountsEveryTokenOfTheTenant()
    {
        using var factory = new DotApiFactory();
        factory.Settings["RateLimits:Tenant:UploadsPerMinute"] = "2";
        var scenario = await TenantScenario.CreateAsync(factory);
        var (secondToken, _) = await TenantScenario.CreateUploadTokenAsync(scenario.Owner, scenario.DatasetId);
        var first = new UploadClient(factory.CreateClient(), scenario.UploadToken);
        var second = new UploadClient(factory.CreateClient(), secondToken);

        var one = await first.PostAsync(JUnitReports.Make(1, seed: "t1"));
        var two = await second.PostAsync(JUnitReports.Make(2, seed: "t2"));
        var three = await second.PostAsync(JUnitReports.Make(3, seed: "t3"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (one.Status, two.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, three.Status);
        Assert.StartsWith("This tenant has used its upload allowance of 2 per minute.", three.Error, StringComparison.Ordinal);
    }
}
