using System.Net;
using Dot.Domain.Analytics;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>
/// Dot.Api with the <see cref="DashboardReports"/> uploaded through the upload endpoint and parsed by the real
/// parsers: Acme's datasets <c>web</c> (four runs, one retried) and <c>mobile</c> (two runs), and a Globex dataset.
/// All of it ran in the 30 days before <see cref="To"/>, the window a query given only <c>to: To</c> reads. Each
/// dataset also has the work items of <see cref="DashboardWorkItems"/> and the reviews of <see cref="DashboardReviews"/>.
/// </summary>
public sealed class SeededDashboards : IAsyncLifetime
{
    public const string To = "2025-03-08T00:00:00Z";

    public DotApiFactory Factory { get; } = new();

    public GraphQLClient Acme { get; private set; } = null!;

    public GraphQLClient Globex { get; private set; } = null!;

    public string WebDatasetId { get; private set; } = null!;

    public string MobileDatasetId { get; private set; } = null!;

    public string GlobexDatasetId { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory.Settings["WorkItems:Mapping:SeverityField"] = DashboardWorkItems.SeverityField;
        var web = await TenantScenario.CreateAsync(Factory, "acme-automation");
        Acme = web.Owner;
        WebDatasetId = web.DatasetId;
        for (var run = 1; run <= 4; run++)
        {
            await UploadAsync(web.UploadToken, DashboardReports.Web(run), $"run=nightly-{run}&environment=ci");
        }
        await UploadAsync(web.UploadToken, DashboardReports.WebRun4Retry(), "run=nightly-4&environment=ci");
        await UploadAsync(web.UploadToken, DashboardWorkItems.Web(), "format=jira");
        await UploadAsync(web.UploadToken, DashboardWorkItems.WebLater(), "format=jira");

        MobileDatasetId = await TenantScenario.CreateDatasetAsync(Acme);
        var (mobileToken, _) = await TenantScenario.CreateUploadTokenAsync(Acme, MobileDatasetId);
        for (var run = 1; run <= 2; run++)
        {
            await UploadAsync(mobileToken, DashboardReports.Mobile(run), $"run=m-{run}&environment=android");
        }
        await UploadAsync(mobileToken, DashboardWorkItems.Mobile(), "format=jira");

        var globex = await TenantScenario.CreateAsync(Factory, "globex-automation");
        Globex = globex.Owner;
        GlobexDatasetId = globex.DatasetId;
        await UploadAsync(globex.UploadToken, DashboardReports.Globex(), "run=nightly-1&environment=ci");
        await UploadAsync(globex.UploadToken, DashboardWorkItems.Globex(), "format=jira");

        await DashboardReviews.SeedAsync(
            Factory.Services.GetRequiredService<IAnalyticsWriter>(),
            await TenantIdAsync(Acme), WebDatasetId, MobileDatasetId, await TenantIdAsync(Globex), GlobexDatasetId);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<string> TenantIdAsync(GraphQLClient owner) =>
        (await owner.DataAsync("{ me { tenant { id } } }")).GetProperty("me").GetProperty("tenant").GetProperty("id").GetString()!;

    private async Task UploadAsync(string token, byte[] report, string options)
    {
        var answer = await new UploadClient(Factory.CreateClient(), token).PostAsync(report, "?wait=30&" + options);
        Assert.True(answer.Status == HttpStatusCode.OK, $"The seed upload failed: {(int)answer.Status} {answer.Body}");
    }
}

[CollectionDefinition(Name)]
public sealed class SeededDashboardsGroup : ICollectionFixture<SeededDashboards>
{
    public const string Name = "Seeded dashboards";
}
