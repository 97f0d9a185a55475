using System.Net;
using Dot.Domain.Uploads;
using Dot.Tests.Api.Faults;
using Dot.Tests.Support;

namespace Dot.Tests.Storage.Aws;

/// <summary>
/// Two API instances on one table and bucket (<see cref="TwoInstances"/>) share the uploads: whichever instance a
/// CI job posts to, every upload is processed exactly once, a retried post with the same <c>Idempotency-Key</c> is
/// one upload, and the upload of an instance that dies mid-processing is finished by the other after the lease.
/// </summary>
public sealed class TwoInstancesUploadTests(AwsEmulators aws) : IClassFixture<AwsEmulators>
{
    [Fact]
    public async Task UploadsPostedRoundRobin_AreEachProcessedOnce_AndCountedExactly()
    {
        await using var instances = new TwoInstances(aws);
        instances.Start();
        var scenario = await TenantScenario.CreateAsync(instances.A);
        var clients = new[] { instances.A, instances.B }.Select(f => new UploadClient(f.CreateClient(), scenario.UploadToken)).ToList();
        var reports = Enumerable.Range(0, 16).Select(n => (Passed: n % 4 + 1, Failed: n % 2)).ToList();

        var answers = await Task.WhenAll(reports.Select((r, n) => clients[n % 2].PostAsync(JUnitReports.Make(r.Passed, r.Failed), "?wait=60")));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        var ids = answers.Select(answer => answer.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var processed = await instances.TimesProcessedAsync(ids);
        Assert.All(processed, times => Assert.Equal(1, times.ByA + times.ByB));
        Assert.Contains(processed, times => times.ByA == 1);
        Assert.Contains(processed, times => times.ByB == 1);
        Assert.Equal(ids.Count, (await scenario.UploadsAsync()).Count);
        var summary = await scenario.TestSummaryAsync();
        Assert.Equal(reports.Sum(r => r.Passed + r.Failed), summary.GetProperty("total").GetInt64());
        Assert.Equal(reports.Sum(r => r.Failed), summary.GetProperty("failed").GetInt64());
    }

    [Fact]
    public async Task TheSameUploadPostedToBoth_WithOneIdempotencyKey_IsOneUpload()
    {
        await using var instances = new TwoInstances(aws);
        instances.Start();
        var scenario = await TenantScenario.CreateAsync(instances.A);
        var report = JUnitReports.Make(passed: 3, failed: 1);

        var answers = await Task.WhenAll(new[] { instances.A, instances.B }.Select(f =>
            new UploadClient(f.CreateClient(), scenario.UploadToken).PostAsync(report, "?wait=60", r => r.Headers.Add("Idempotency-Key", "ci-job-42"))));

        Assert.Equal(answers[0].Id, answers[1].Id);
        Assert.All(answers, answer => Assert.Equal(4, answer.Count("tests")));
        Assert.Single(await scenario.UploadsAsync());
        Assert.Equal(1, (await instances.TimesProcessedAsync([answers[0].Id])).Single() is var (byA, byB) ? byA + byB : 0);
        Assert.Equal(4, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task AnInstanceStoppedMidUpload_LeavesItToTheOther_WhichFinishesItAfterTheLease()
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var instances = new TwoInstances(aws, services => services.Decorate<IRawStore>(inner => new HeldRawStore(inner, held)));
        instances.A.Settings["Uploads:LeaseSeconds"] = "2";
        instances.B.Settings["Uploads:LeaseSeconds"] = "2";
        var scenario = await TenantScenario.CreateAsync(instances.A);
        var posted = await new UploadClient(instances.A.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(passed: 4, failed: 1), query: "");
        Assert.Equal(HttpStatusCode.Accepted, posted.Status);
        await held.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var survivor = scenario with { Owner = new GraphQLClient(instances.B.CreateClient(), await instances.B.GetClientTokenAsync("acme-automation")) };
        await instances.A.DisposeAsync();
        var finished = await new UploadClient(instances.B.CreateClient(), scenario.UploadToken).GetFinishedAsync(posted.Id, TimeSpan.FromSeconds(60));

        Assert.Equal("SUCCEEDED", finished.Json.GetProperty("status").GetString());
        Assert.Equal((5, 1), (finished.Count("tests"), finished.Count("failed")));
        Assert.Equal((0, 1), (await instances.TimesProcessedAsync([posted.Id])).Single());
        Assert.Single(await survivor.UploadsAsync());
        Assert.Equal(5, (await survivor.TestSummaryAsync()).GetProperty("total").GetInt64());
    }
}
