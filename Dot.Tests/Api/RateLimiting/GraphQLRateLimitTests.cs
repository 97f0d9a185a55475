using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.RateLimiting;

/// <summary>A GraphQL request takes its complexity from its caller's and its tenant's allowance; past it, 429 RATE_LIMITED.</summary>
public sealed class GraphQLRateLimitTests
{
    private const string Query = "{ me { subject } }";

    [Fact]
    public async Task ACallerPastItsComplexity_Is429RateLimited_WhileAnotherTenantsCallerIsAnswered()
    {
        using var factory = new DotApiFactory();
        factory.Settings["RateLimits:GraphQL:ComplexityPerMinute"] = "10";
        var acme = await ClientAsync(factory, "acme-automation");
        var globex = await ClientAsync(factory, "globex-automation");

        var refused = await SpendUntilRefusedAsync(acme);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(["RATE_LIMITED"], refused.ErrorCodes);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Contains("This caller has used its GraphQL complexity allowance of 10 per minute.", refused.Body, StringComparison.Ordinal);
        await globex.DataAsync(Query);
    }

    [Fact]
    public async Task TheTenantsLimit_CountsEveryCallerOfTheTenant()
    {
        using var factory = new DotApiFactory();
        factory.Settings["RateLimits:Tenant:ComplexityPerMinute"] = "10";
        var automation = await ClientAsync(factory, "acme-automation");
        var dashboard = await ClientAsync(factory, "acme-dashboard");
        var globex = await ClientAsync(factory, "globex-automation");

        await SpendUntilRefusedAsync(automation);
        var refused = await dashboard.PostAsync(Query);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("This tenant has used its GraphQL complexity allowance of 10 per minute.", refused.Body, StringComparison.Ordinal);
        await globex.DataAsync(Query);
    }

    private static async Task<GraphQLClient> ClientAsync(DotApiFactory factory, string clientId) =>
        new(factory.CreateClient(), await factory.GetClientTokenAsync(clientId));

    /// <summary>Sends the query until it is refused; the allowance of 10 holds at least one and at most ten of them.</summary>
    private static async Task<GraphQLResponse> SpendUntilRefusedAsync(GraphQLClient client)
    {
        await client.DataAsync(Query);
        for (var i = 0; i < 10; i++)
        {
            var response = await client.PostAsync(Query);
            if (response.Status != HttpStatusCode.OK)
            {
                return response;
            }
        }
        throw new InvalidOperationException("Ten requests within an allowance of 10 were all answered.");
    }
}
