using System.Net;
using Dot.Tests.Api.GraphQL.Audit;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Retention;

/// <summary><c>updateDataset(input: { id, retentionDays })</c>: owners only, in range, in their tenant, audited.</summary>
public sealed class UpdateDatasetTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    private const string Update = "mutation($id: ID!, $days: Int) { updateDataset(input: { id: $id, retentionDays: $days }) { dataset { id retentionDays } } }";

    [Fact]
    public async Task AnOwnerSetsAndClearsRetention_TheDefaultShowingWhenCleared_AndItIsAudited()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var set = await scenario.Owner.DataAsync(Update, new { id = scenario.DatasetId, days = 30 });
        var cleared = await scenario.Owner.DataAsync(Update, new { id = scenario.DatasetId, days = (int?)null });

        Assert.Equal(30, set.GetProperty("updateDataset").GetProperty("dataset").GetProperty("retentionDays").GetInt32());
        Assert.Equal(365, cleared.GetProperty("updateDataset").GetProperty("dataset").GetProperty("retentionDays").GetInt32());
        var audited = await AuditRequests.EventsAsync(scenario.Owner, "updateDataset");
        Assert.Equal(2, audited.Count(e => e.GetProperty("targetId").GetString() == scenario.DatasetId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(3651)]
    public async Task RetentionOutsideOneToTenYears_IsInvalidInput_AndChangesNothing(int days)
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var response = await scenario.Owner.PostAsync(Update, new { id = scenario.DatasetId, days });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
        Assert.Contains("1 to 3650", response.Body, StringComparison.Ordinal);
        var datasets = await scenario.Owner.DataAsync("{ datasets { id retentionDays } }");
        Assert.Equal(365, datasets.GetProperty("datasets").EnumerateArray().Single(d => d.GetProperty("id").GetString() == scenario.DatasetId).GetProperty("retentionDays").GetInt32());
    }

    [Fact]
    public async Task AMember_IsAccessDenied_AndAnotherTenantsDatasetIsNotFound()
    {
        var acme = await TenantScenario.CreateAsync(factory);
        var globex = await TenantScenario.CreateAsync(factory, "globex-automation");
        var member = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("acme-dashboard"));

        var denied = await member.PostAsync(Update, new { id = acme.DatasetId, days = 7 });
        var foreign = await globex.Owner.PostAsync(Update, new { id = acme.DatasetId, days = 7 });

        Assert.Equal((HttpStatusCode.Forbidden, "ACCESS_DENIED"), (denied.Status, denied.ErrorCodes.Single()));
        Assert.Equal(["NOT_FOUND"], foreign.ErrorCodes);
    }
}
