using Dot.Api.Storage.Caching;
using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Domain.WorkItems;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.Caching;
using Dot.Storage.Embedded.DuckDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Storage;

/// <summary>The registration: both analytics ports over one store, behind the cache and its writer unless the cache is off.</summary>
public sealed class AnalyticsCacheExtensionsTests(TempFolder folder) : IClassFixture<TempFolder>
{
    [Fact]
    public async Task WithTheCache_AWriteThroughTheWriterPort_RefreshesTheReadersAnswers()
    {
        await using var services = Services(cacheEnabled: true);
        var writer = services.GetRequiredService<IAnalyticsWriter>();
        var reader = services.GetRequiredService<IAnalyticsReader>();
        var upload = UploadScope.New();
        var later = upload.NextUpload();

        await writer.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, upload.Results(TestStatus.Passed, 1), CancellationToken.None);
        var first = await reader.QueryAsync(upload.Summary(), CancellationToken.None);
        await writer.ReplaceUploadResultsAsync(later.TenantId, later.UploadId, later.Results(TestStatus.Passed, 2), CancellationToken.None);
        var second = await reader.QueryAsync(upload.Summary(), CancellationToken.None);

        Assert.IsType<CachingAnalyticsReader>(reader);
        Assert.Equal((1, 3), (first.Total, second.Total));
    }

    [Fact]
    public async Task WithTheCache_RemovingWorkItems_RefreshesTheReadersAnswers()
    {
        await using var services = Services(cacheEnabled: true);
        var writer = services.GetRequiredService<IAnalyticsWriter>();
        var reader = services.GetRequiredService<IAnalyticsReader>();
        var upload = UploadScope.New();
        var query = new WorkItemsQuery(AnalyticsScope.Of(upload.TenantId, upload.DatasetId), null, 10, null);
        WorkItemDocument Item(string key) => new(upload.TenantId, upload.DatasetId, upload.UploadId, new ParsedWorkItem { Key = key }, UploadScope.Noon);
        await writer.ReplaceUploadWorkItemsAsync(upload.TenantId, upload.UploadId, [Item("A-1"), Item("A-2")], CancellationToken.None);
        var before = await reader.QueryAsync(query, CancellationToken.None);

        await writer.RemoveWorkItemsExceptAsync(upload.TenantId, upload.DatasetId, new HashSet<string> { "A-1" }, CancellationToken.None);
        var after = await reader.QueryAsync(query, CancellationToken.None);

        Assert.Equal((2, 1), (before.Count, after.Count));
    }

    [Fact]
    public async Task WithoutTheCache_BothPortsAreTheStore()
    {
        await using var services = Services(cacheEnabled: false);
        var store = services.GetRequiredService<DuckDbAnalyticsStore>();

        Assert.Same(store, services.GetRequiredService<IAnalyticsWriter>());
        Assert.Same(store, services.GetRequiredService<IAnalyticsReader>());
    }

    private ServiceProvider Services(bool cacheEnabled)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Analytics:Cache:Enabled"] = cacheEnabled.ToString() })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.Configure<EmbeddedStorageOptions>(options => options.Path = folder.Path);
        services.AddSingleton<IDataVersions, InProcessDataVersions>().AddCachedAnalyticsStore<DuckDbAnalyticsStore>();
        return services.BuildServiceProvider();
    }
}
