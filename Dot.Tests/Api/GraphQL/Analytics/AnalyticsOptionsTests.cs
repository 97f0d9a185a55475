using Dot.Tests.Support;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>The <c>Analytics</c> section reaches the queries, and a contradictory one stops the start.</summary>
public sealed class AnalyticsOptionsTests
{
    [Fact]
    public void ADefaultWindowWiderThanTheMaximum_StopsTheStart()
    {
        using var factory = new DotApiFactory();
        factory.Settings["Analytics:DefaultWindowDays"] = "500";

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Analytics:DefaultWindowDays must not exceed Analytics:MaxWindowDays.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConfiguredMaximumWindow_IsTheOneEnforced()
    {
        using var factory = new DotApiFactory();
        factory.Settings["Analytics:MaxWindowDays"] = "10";
        factory.Settings["Analytics:DefaultWindowDays"] = "7";
        var client = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("acme-automation"));

        var tooWide = await client.PostAsync("{ topFailures(from: \"2025-03-01T00:00:00Z\", to: \"2025-03-12T00:00:00Z\") { count } }");
        var byDefault = await client.DataAsync("{ passRateTrend(to: \"2025-03-08T00:00:00Z\") { bucket } }");

        Assert.Equal(["INVALID_INPUT"], tooWide.ErrorCodes);
        Assert.Contains("at most 10 days", tooWide.Body, StringComparison.Ordinal);
        Assert.Equal("2025-03-01T00:00:00Z", byDefault.GetProperty("passRateTrend")[0].GetProperty("bucket").GetString());
    }
}
