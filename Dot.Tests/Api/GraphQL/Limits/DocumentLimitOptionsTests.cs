using Dot.Tests.Support;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Api.GraphQL.Limits;

/// <summary>The document limits and the time budget come from the GraphQL section, and a wrong one stops the start.</summary>
public sealed class DocumentLimitOptionsTests
{
    [Theory]
    [InlineData("MaxTokens", "0")]
    [InlineData("MaxFields", "5")]
    [InlineData("MaxFragmentSpreads", "0")]
    [InlineData("RequestTimeoutSeconds", "0")]
    [InlineData("RequestTimeoutSeconds", "86400")]
    public void AnOutOfRangeLimit_StopsTheStart(string key, string value)
    {
        using var factory = new DotApiFactory();
        factory.Settings["GraphQL:" + key] = value;

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConfiguredLimits_AreTheOnesEnforced()
    {
        using var factory = new DotApiFactory();
        factory.Settings["GraphQL:MaxTokens"] = "100";
        factory.Settings["GraphQL:MaxFields"] = "20";
        factory.Settings["GraphQL:MaxFragmentSpreads"] = "3";
        var client = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("acme-automation"));

        var tokens = await client.PostAsync("{ me {" + string.Concat(Enumerable.Repeat(" subject", 100)) + " } }");
        var fields = await client.PostAsync("{ me {" + string.Concat(Enumerable.Repeat(" subject", 20)) + " } }");
        var spreads = await client.PostAsync("fragment F on Viewer { subject } { me { ...F ...F ...F ...F } }");
        var within = await client.DataAsync("fragment F on Viewer { subject } { me { ...F ...F ...F } }");

        Assert.Contains("more than 100 tokens", tokens.Body, StringComparison.Ordinal);
        Assert.Contains("more than 20 fields", fields.Body, StringComparison.Ordinal);
        Assert.Contains("more than 3 fragment spreads", spreads.Body, StringComparison.Ordinal);
        Assert.Equal("acme-automation", within.GetProperty("me").GetProperty("subject").GetString());
    }
}
