using System.Net;
using Dot.Api.Retention;
using Dot.Domain.Uploads;
using Dot.Storage.Embedded.FileSystem;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dot.Tests.Api.Retention;

/// <summary>The sweep deletes what is older than the dataset's retention, everywhere it is kept, and the dashboards' cache forgets it.</summary>
public sealed class RetentionSweepTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task OldUploadsGo_WithTheirResultsAndRawFiles_NewOnesStay_AndCachedAnswersChange()
    {
        await using var factory = NewFactory();
        var (scenario, oldUpload, newUpload) = await TwoUploadsTenDaysApartAsync(factory);
        var owner = await OwnerAsync(factory);
        var before = await SummaryTotalAsync(owner, scenario.DatasetId);

        var (uploads, _) = await factory.Services.GetRequiredService<RetentionSweep>().RunAsync(CancellationToken.None);

        Assert.Equal((5, 1L), (before, uploads));
        Assert.Equal(2, await SummaryTotalAsync(owner, scenario.DatasetId));
        Assert.Equal([newUpload], await UploadIdsAsync(owner, scenario.DatasetId));
        Assert.False(Directory.EnumerateDirectories(Path.Combine(factory.DataPath, "raw"), oldUpload, SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task ASweepStoppedHalfWay_IsFinishedByTheNext()
    {
        var failOnce = new FailOnce();
        await using var factory = NewFactory(services => services.AddSingleton<IRawStore>(p => new FailingOnceRawStore(p.GetRequiredService<FileSystemRawStore>(), failOnce)));
        var (scenario, oldUpload, newUpload) = await TwoUploadsTenDaysApartAsync(factory);
        var sweep = factory.Services.GetRequiredService<RetentionSweep>();

        await Assert.ThrowsAsync<IOException>(() => sweep.RunAsync(CancellationToken.None));
        var owner = await OwnerAsync(factory);
        Assert.Contains(oldUpload, await UploadIdsAsync(owner, scenario.DatasetId));
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal([newUpload], await UploadIdsAsync(owner, scenario.DatasetId));
        Assert.Equal(2, await SummaryTotalAsync(owner, scenario.DatasetId));
        Assert.False(Directory.EnumerateDirectories(Path.Combine(factory.DataPath, "raw"), oldUpload, SearchOption.AllDirectories).Any());
    }

    private DotApiFactory NewFactory(Action<IServiceCollection>? more = null)
    {
        var factory = new DotApiFactory
        {
            TestServices = services =>
            {
                services.AddSingleton<TimeProvider>(_clock);
                more?.Invoke(services);
            },
        };
        factory.Settings["Retention:RunSweeper"] = "false";
        return factory;
    }

    /// <summary>An upload of 3 tests, ten days later one of 2, and the dataset's retention set to 7 days.</summary>
    private async Task<(TenantScenario Scenario, string Old, string New)> TwoUploadsTenDaysApartAsync(DotApiFactory factory)
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var old = await UploadAsync(factory, scenario, JUnitReports.Make(passed: 2, failed: 1, seed: "old"));
        _clock.Advance(TimeSpan.FromDays(10));
        var fresh = await UploadAsync(factory, scenario, JUnitReports.Make(passed: 2, seed: "new"));
        await (await OwnerAsync(factory)).DataAsync(
            "mutation($id: ID!) { updateDataset(input: { id: $id, retentionDays: 7 }) { dataset { id } } }", new { id = scenario.DatasetId });
        return (scenario, old, fresh);
    }

    private static async Task<string> UploadAsync(DotApiFactory factory, TenantScenario scenario, byte[] report)
    {
        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(report);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return System.Text.Json.JsonDocument.Parse(answer.Body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>A fresh owner token: access tokens are checked against the test's clock, which has moved on.</summary>
    private static async Task<GraphQLClient> OwnerAsync(DotApiFactory factory) =>
        new(factory.CreateClient(), await factory.GetClientTokenAsync("acme-automation"));

    private static async Task<long> SummaryTotalAsync(GraphQLClient owner, string datasetId) =>
        (await owner.DataAsync("query($id: ID!) { testSummary(datasetId: $id) { total } }", new { id = datasetId }))
            .GetProperty("testSummary").GetProperty("total").GetInt64();

    private static async Task<List<string>> UploadIdsAsync(GraphQLClient owner, string datasetId) =>
        (await owner.DataAsync("query($id: ID!) { uploads(datasetId: $id, first: 100) { edges { node { id } } } }", new { id = datasetId }))
            .GetProperty("uploads").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();

    private sealed class FailOnce
    {
        private int _failed;

        public bool Now() => Interlocked.Exchange(ref _failed, 1) == 0;
    }

    /// <summary>A raw store whose first delete fails, as a crash between two steps of the sweep would leave it.</summary>
    private sealed class FailingOnceRawStore(IRawStore inner, FailOnce failOnce) : IRawStore
    {
        public Task<long> WriteAsync(RawFileKey key, Stream content, CancellationToken cancellationToken) => inner.WriteAsync(key, content, cancellationToken);

        public Task<Stream> OpenReadAsync(RawFileKey key, CancellationToken cancellationToken) => inner.OpenReadAsync(key, cancellationToken);

        public Task DeleteUploadAsync(string tenantId, string datasetId, string uploadId, CancellationToken cancellationToken) =>
            failOnce.Now() ? throw new IOException("The disk went away.") : inner.DeleteUploadAsync(tenantId, datasetId, uploadId, cancellationToken);
    }
}
