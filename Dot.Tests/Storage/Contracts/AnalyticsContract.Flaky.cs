using Dot.Domain.Analytics;
using Dot.Domain.Results;

namespace Dot.Tests.Storage.Contracts;

/// <summary>
/// The contract for flaky tests: a run is flaky for a test when it carries the flaky flag, or when the test failed in
/// it and passed in the runs before and after.
/// </summary>
public abstract partial class AnalyticsContract
{
    private Task<IReadOnlyList<FlakyTest>> FlakyAsync(AnalyticsScope scope, int limit = 10) =>
        Reader.QueryAsync(new FlakyTestsQuery(scope, AroundNoon, limit), CancellationToken.None);

    /// <summary>Stores one run per outcome string (P passed, F failed, E errored, S skipped, ~ passed with the flaky flag), an hour apart.</summary>
    private async Task<UploadScope> RunHistoryAsync(UploadScope start, params string[] testsByRun)
    {
        var upload = start;
        for (var run = 0; run < testsByRun.Length; run++)
        {
            upload = upload.NextUpload().InRun($"run-{run}");
            var at = UploadScope.Noon.AddHours(run - 10);
            var current = upload;
            await ReplaceAsync(upload, testsByRun[run].Select((outcome, test) => current.Result(Status(outcome), at, test) with { Flaky = outcome == '~' }));
        }
        return upload;
    }

    private static TestStatus Status(char outcome) => outcome switch
    {
        'F' => TestStatus.Failed,
        'E' => TestStatus.Errored,
        'S' => TestStatus.Skipped,
        _ => TestStatus.Passed,
    };

    [Fact]
    public async Task Flaky_PassFailPassIsFlaky_ButABreakageAFixOrAnEdgeIsNot()
    {
        // By test: 0 P F P P (flaky once), 1 P F F P (broken for a while), 2 P P P F (fails in the last run),
        // 3 F P P P (fixed), 4 P E S P (the skip is no run: flaky once, in three runs).
        var start = UploadScope.New();
        await RunHistoryAsync(start, "PPPFP", "FFPPE", "PFPPS", "PPFPP");

        var flaky = await FlakyAsync(ScopeOf(start));

        Assert.Equal([("test 4", 3L, 1L), ("test 0", 4L, 1L)], flaky.Select(t => (t.Test.Name, t.Runs, t.FlakyRuns)));
        Assert.All(flaky, t => Assert.Equal(UploadScope.Noon.AddHours(-9), t.LastFlakyAt));
        Assert.Equal(0.25, flaky[1].FlakeRate);
    }

    [Fact]
    public async Task Flaky_TheFlagMakesItsRunFlaky_WhateverTheNeighbours()
    {
        var start = UploadScope.New();
        await RunHistoryAsync(start, "~", "F", "F", "~");

        var test = Assert.Single(await FlakyAsync(ScopeOf(start)));

        Assert.Equal((4L, 2L, UploadScope.Noon.AddHours(-7)), (test.Runs, test.FlakyRuns, test.LastFlakyAt));
    }

    [Fact]
    public async Task Flaky_ARetryThatPassesInTheSameRun_IsFlaky()
    {
        var attempt = UploadScope.New().InRun("build-9");
        var retry = attempt.NextUpload();
        await ReplaceAsync(attempt, [attempt.Result(TestStatus.Failed)]);
        await ReplaceAsync(retry, [retry.Result(TestStatus.Passed)]);

        var test = Assert.Single(await FlakyAsync(ScopeOf(attempt)));

        Assert.Equal((1L, 1L), (test.Runs, test.FlakyRuns));
    }

    [Fact]
    public async Task Flaky_RunsFollowTheTimeTheTestRan_NotTheirKeys()
    {
        var upload = UploadScope.New();
        foreach (var (key, hour, status) in new[] { ("a", 3, TestStatus.Passed), ("z", 1, TestStatus.Passed), ("m", 2, TestStatus.Failed) })
        {
            upload = upload.NextUpload().InRun(key);
            await ReplaceAsync(upload, [upload.Result(status, UploadScope.Noon.AddHours(hour))]);
        }

        var flaky = await FlakyAsync(ScopeOf(upload));

        Assert.Equal(UploadScope.Noon.AddHours(2), Assert.Single(flaky).LastFlakyAt);
    }

    [Fact]
    public async Task Flaky_EachDatasetIsAHistoryOfItsOwn_AndOtherTenantsAreNeverRead()
    {
        var start = UploadScope.New();
        var otherDataset = start with { DatasetId = UploadScope.New().DatasetId };
        var otherTenant = start with { TenantId = UploadScope.New().TenantId };
        await RunHistoryAsync(start, "P", "F");
        await RunHistoryAsync(otherDataset, "P");
        await RunHistoryAsync(otherTenant, "P", "F", "P");

        Assert.Empty(await FlakyAsync(AnalyticsScope.Of(start.TenantId, start.DatasetId, otherDataset.DatasetId)));
        Assert.Single(await FlakyAsync(ScopeOf(otherTenant)));
    }

    [Fact]
    public async Task Flaky_MostFlakyRunsFirst_ThenTheRate_UpToTheLimit()
    {
        // By test: 0 P F P (1 of 3 flaky), 1 P F P F P (2 of 5), 2 P ~ (1 of 2, by the flag), 3 P P P P P (never).
        var start = UploadScope.New();
        await RunHistoryAsync(start, "PPPP", "FF~P", "PPSP", "SFSP", "SPSP");

        var flaky = await FlakyAsync(ScopeOf(start), limit: 2);

        Assert.Equal(["test 1", "test 2"], flaky.Select(t => t.Test.Name));
    }
}
