using System.Text.Json;

namespace Dot.Tests.Support;

/// <summary>What most API tests start from: a tenant owner's GraphQL client, a fresh dataset and an upload token for it.</summary>
public sealed record TenantScenario(GraphQLClient Owner, string DatasetId, string UploadToken, string UploadTokenId)
{
    public static async Task<TenantScenario> CreateAsync(DotApiFactory factory, string ownerClientId = "acme-automation")
    {
        var owner = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync(ownerClientId));
        var datasetId = await CreateDatasetAsync(owner);
        var (token, tokenId) = await CreateUploadTokenAsync(owner, datasetId);
        return new TenantScenario(owner, datasetId, token, tokenId);
    }

    public static async Task<string> CreateDatasetAsync(GraphQLClient owner)
    {
        var data = await owner.DataAsync(
            "mutation($name: String!) { createDataset(input: { name: $name }) { dataset { id } } }",
            new { name = "ds-" + Guid.NewGuid().ToString("N") });
        return data.GetProperty("createDataset").GetProperty("dataset").GetProperty("id").GetString()!;
    }

    public static async Task<(string Token, string Id)> CreateUploadTokenAsync(GraphQLClient owner, string datasetId, DateTime? expiresAt = null)
    {
        var data = await owner.DataAsync(
            "mutation($input: CreateUploadTokenInput!) { createUploadToken(input: $input) { token uploadToken { id } } }",
            new { input = new { datasetId, name = "ci", expiresAt } });
        var payload = data.GetProperty("createUploadToken");
        return (payload.GetProperty("token").GetString()!, payload.GetProperty("uploadToken").GetProperty("id").GetString()!);
    }

    public async Task<JsonElement> TestSummaryAsync() =>
        (await Owner.DataAsync("query($id: ID!) { testSummary(datasetId: $id) { total passed failed errored skipped passRate } }", new { id = DatasetId }))
            .GetProperty("testSummary");

    /// <summary>Asserts that the dataset has no upload, no result and no raw file under <paramref name="dataPath"/>.</summary>
    public async Task AssertNothingStoredAsync(string dataPath)
    {
        Assert.Empty(await UploadsAsync());
        Assert.Equal(0, (await TestSummaryAsync()).GetProperty("total").GetInt64());
        var raw = Path.Combine(dataPath, "raw");
        Assert.False(Directory.Exists(raw) && Directory.EnumerateFiles(raw, "*", SearchOption.AllDirectories).Any(f => f.Contains(DatasetId, StringComparison.Ordinal)));
    }

    public async Task<List<JsonElement>> UploadsAsync() =>
        (await Owner.DataAsync("query($id: ID!) { uploads(datasetId: $id, first: 100) { edges { node { id status counts { tests } } } } }", new { id = DatasetId }))
            .GetProperty("uploads").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
}
