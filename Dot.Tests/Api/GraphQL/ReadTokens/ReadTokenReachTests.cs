using System.Net;
using System.Text.Json;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.ReadTokens;

/// <summary>What a read token reaches: its tenant only, and of it one dataset when the token names one.</summary>
public sealed class ReadTokenReachTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Theory]
    [MemberData(nameof(ReadTokenScenario.RestrictedQueries), MemberType = typeof(ReadTokenScenario))]
    public async Task DatasetToken_OnAnotherDatasetOfItsTenant_ReadsNotFound(string query)
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var other = await TenantScenario.CreateDatasetAsync(scenario.Owner);
        var (secret, _) = await scenario.CreateReadTokenAsync(other);

        var response = await scenario.Dashboard(secret).PostAsync(query, new { id = scenario.DatasetId });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Json.GetProperty("data").ValueKind);
    }

    [Theory]
    [MemberData(nameof(ReadTokenScenario.RestrictedQueries), MemberType = typeof(ReadTokenScenario))]
    public async Task DatasetToken_OnItsDataset_Reads(string query)
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var (secret, _) = await scenario.CreateReadTokenAsync(scenario.DatasetId);

        var response = await scenario.Dashboard(secret).PostAsync(query, new { id = scenario.DatasetId });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors, response.Body);
    }

    [Fact]
    public async Task DatasetToken_ListsOnlyItsDataset()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        await TenantScenario.CreateDatasetAsync(scenario.Owner);
        var (secret, _) = await scenario.CreateReadTokenAsync(scenario.DatasetId);

        var datasets = (await scenario.Dashboard(secret).DataAsync("{ datasets { id } }")).GetProperty("datasets");

        Assert.Equal(scenario.DatasetId, Assert.Single(datasets.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task TenantToken_ReadsEveryDatasetOfItsTenant()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var other = await TenantScenario.CreateDatasetAsync(scenario.Owner);
        var (secret, _) = await scenario.CreateReadTokenAsync();
        var dashboard = scenario.Dashboard(secret);

        var ids = (await dashboard.DataAsync("{ datasets { id } }")).GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        var summary = (await dashboard.DataAsync("query($id: ID!) { testSummary(datasetId: $id) { total failed } }", new { id = scenario.DatasetId })).GetProperty("testSummary");

        Assert.Contains(scenario.DatasetId, ids);
        Assert.Contains(other, ids);
        Assert.Equal(3, summary.GetProperty("total").GetInt64());
        Assert.Equal(1, summary.GetProperty("failed").GetInt64());
    }

    [Theory]
    [MemberData(nameof(ReadTokenScenario.RestrictedQueries), MemberType = typeof(ReadTokenScenario))]
    public async Task AnotherTenantsToken_NeverReadsTheData_WhateverIdsItPasses(string query)
    {
        var acme = await ReadTokenScenario.CreateAsync(factory, "acme-automation");
        var globex = await ReadTokenScenario.CreateAsync(factory, "globex-automation");
        var (globexSecret, _) = await globex.CreateReadTokenAsync();

        var response = await globex.Dashboard(globexSecret).PostAsync(query, new { id = acme.DatasetId });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Json.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task AnotherTenantsToken_ListsNoneOfTheDatasets()
    {
        var acme = await ReadTokenScenario.CreateAsync(factory, "acme-automation");
        var globex = await ReadTokenScenario.CreateAsync(factory, "globex-automation");
        var (globexSecret, _) = await globex.CreateReadTokenAsync();

        var datasets = (await globex.Dashboard(globexSecret).DataAsync("{ datasets { id } }")).GetProperty("datasets").ToString();

        Assert.DoesNotContain(acme.DatasetId, datasets, StringComparison.Ordinal);
        Assert.Contains(globex.DatasetId, datasets, StringComparison.Ordinal);
    }
}
