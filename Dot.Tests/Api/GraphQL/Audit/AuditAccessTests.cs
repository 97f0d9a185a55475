using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Audit;

/// <summary>Only a tenant's owners read its trail; no one reads another tenant's, by cursor or filter.</summary>
public sealed class AuditAccessTests(AuditApiFactory factory) : IClassFixture<AuditApiFactory>
{
    [Theory]
    [InlineData("acme-dashboard")]
    public async Task AMember_IsAccessDenied(string memberClientId)
    {
        var member = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync(memberClientId));

        var response = await member.PostAsync(AuditRequests.Query);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
    }

    [Fact]
    public async Task AReadToken_IsAccessDenied()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var secret = (await scenario.Owner.DataAsync("mutation { createReadToken(input: { name: \"all\" }) { token } }"))
            .GetProperty("createReadToken").GetProperty("token").GetString();

        var response = await new GraphQLClient(factory.CreateClient(), secret).PostAsync(AuditRequests.Query);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
    }

    [Fact]
    public async Task AnotherTenantsOwner_SeesNoneOfItsEvents_NotEvenThroughItsCursor()
    {
        var acme = await TenantScenario.CreateAsync(factory);
        var globex = await TenantScenario.CreateAsync(factory, "globex-automation");
        var acmeEvents = await AuditRequests.EventsAsync(acme.Owner);

        var globexEvents = await AuditRequests.EventsAsync(globex.Owner);
        var throughCursor = await globex.Owner.DataAsync(AuditRequests.Query, new { after = acmeEvents[^1].GetProperty("id").GetString() });

        Assert.Contains(acmeEvents, e => e.GetProperty("targetId").GetString() == acme.DatasetId);
        Assert.DoesNotContain(globexEvents, e => e.GetProperty("actor").GetString() == "acme-automation");
        Assert.DoesNotContain(globexEvents, e => e.GetProperty("targetId").GetString() == acme.DatasetId);
        Assert.Contains(globexEvents, e => e.GetProperty("targetId").GetString() == globex.DatasetId);
        Assert.Equal(0, throughCursor.GetProperty("auditEvents").GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Pages_FollowEndCursor_WithoutOverlap()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        for (var i = 0; i < 3; i++)
        {
            await TenantScenario.CreateDatasetAsync(scenario.Owner);
        }
        var all = await AuditRequests.EventsAsync(scenario.Owner, "createDataset");

        var first = (await scenario.Owner.DataAsync(AuditRequests.Query, new { first = 2, action = "createDataset" })).GetProperty("auditEvents");
        var next = (await scenario.Owner.DataAsync(AuditRequests.Query, new { first = 2, action = "createDataset", after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .GetProperty("auditEvents");

        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var paged = first.GetProperty("edges").EnumerateArray().Concat(next.GetProperty("edges").EnumerateArray()).Select(e => e.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(all.Take(4).Select(e => e.GetProperty("id").GetString()), paged);
    }

    [Theory]
    [InlineData(0, "x")]
    [InlineData(101, "x")]
    [InlineData(10, null)]
    public async Task BadArguments_AreInvalidInput(int first, string? action)
    {
        var owner = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("acme-automation"));

        var response = await owner.PostAsync(AuditRequests.Query, new { first, action = action ?? new string('a', 201) });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
    }
}
