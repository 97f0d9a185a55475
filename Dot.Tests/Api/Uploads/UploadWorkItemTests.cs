using System.Net;
using System.Text;
using System.Text.Json;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Uploads;

/// <summary>Jira search exports become work items: counted on the upload, listed by key, replaced by a newer export.</summary>
public sealed class UploadWorkItemTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    private const string WorkItems = """
        query($id: ID!, $type: WorkItemType) { workItems(datasetId: $id, type: $type, first: 100) { edges { node {
          key projectKey type issueType summary status statusCategory priority components labels storyPoints sprint epicKey assigneeName } } } }
        """;

    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Domain", "Reports", "Jira", "Fixtures");

    [Theory]
    [InlineData("search-v2-server.json", "SHOP-100")]
    [InlineData("search-jql-v3-cloud.json", "APP-1")]
    public async Task JiraExport_IsDetected_CountedAndListed(string fixture, string someKey)
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(await File.ReadAllBytesAsync(Path.Combine(FixtureFolder, fixture)));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("jira", answer.Json.GetProperty("files")[0].GetProperty("format").GetString());
        Assert.Equal((4, 0), (answer.Count("workItems"), answer.Count("tests")));
        var items = await ItemsAsync(scenario);
        Assert.Equal(4, items.Count);
        Assert.Contains(items, item => item.GetProperty("key").GetString() == someKey);
        Assert.Equal(0, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task NewerExport_ReplacesTheItemsItRepeats()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);
        await uploads.PostAsync(Export(("SHOP-1", "Bug", "Open", "new"), ("SHOP-2", "Story", "Open", "new")));

        await uploads.PostAsync(Export(("SHOP-1", "Bug", "Closed", "done"), ("SHOP-3", "Task", "Open", "new")));

        var items = (await ItemsAsync(scenario)).ToDictionary(i => i.GetProperty("key").GetString()!, i => i.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["SHOP-1"] = "Closed", ["SHOP-2"] = "Open", ["SHOP-3"] = "Open" }, items);
    }

    [Fact]
    public async Task WorkItems_FilterByType()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(Export(("A-1", "Bug", "Open", "new"), ("A-2", "Story", "Open", "new"), ("A-3", "Incident", "Open", "new")));

        var defects = await ItemsAsync(scenario, "DEFECT");

        Assert.Equal(["A-1", "A-3"], defects.Select(d => d.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task TestReportAndJiraExportInOneUpload_AreRefused()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(JUnitReports.Make(2)), "file", "TEST-a.xml" },
            { new ByteArrayContent(Export(("A-1", "Bug", "Open", "new"))), "file", "jira.json" },
        };

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Contains("not both", answer.Error, StringComparison.Ordinal);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }

    [Fact]
    public async Task MalformedJiraExport_Answers422WithWhere()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(Encoding.UTF8.GetBytes("{\"issues\":[{\"key\":\"A-1\",\"fields\":{\"summary\":\"x\"}},{\"key\":"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal(1, answer.Json.GetProperty("errors")[0].GetProperty("line").GetInt32());
        Assert.Empty(await ItemsAsync(scenario));
    }

    [Fact]
    public async Task WorkItems_OfAnotherTenantsDataset_ReadAsNotFound()
    {
        var acme = await TenantScenario.CreateAsync(factory);
        var globex = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("globex-automation"));

        var response = await globex.PostAsync(WorkItems, new { id = acme.DatasetId });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    private static async Task<List<JsonElement>> ItemsAsync(TenantScenario scenario, string? type = null) =>
        (await scenario.Owner.DataAsync(WorkItems, new { id = scenario.DatasetId, type }))
            .GetProperty("workItems").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

    private static byte[] Export(params (string Key, string Type, string Status, string Category)[] issues) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            startAt = 0,
            total = issues.Length,
            issues = issues.Select(i => new
            {
                key = i.Key,
                fields = new
                {
                    summary = "Summary of " + i.Key,
                    issuetype = new { name = i.Type },
                    status = new { name = i.Status, statusCategory = new { key = i.Category } },
                },
            }),
        });
}
