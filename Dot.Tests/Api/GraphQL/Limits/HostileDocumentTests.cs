using System.Net;
using Dot.Api.GraphQL;
using Dot.Bench.Benchmarks;
using Dot.Tests.Api.GraphQL.ReadTokens;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Limits;

/// <summary>
/// Documents whose validation costs far more than their size (the probe's F1 and F2) are refused with TOO_COMPLEX
/// before any validation rule runs, whoever sends them; documents within the limits are answered as before.
/// </summary>
public sealed class HostileDocumentTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    private async Task<GraphQLClient> OwnerAsync() => new(factory.CreateClient(), await factory.GetClientTokenAsync("acme-automation"));

    private static void AssertTooComplex(GraphQLResponse response, string reason)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal([ErrorCodes.TooComplex], response.ErrorCodes);
        Assert.Contains(reason, response.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task FragmentFanOut_ThirtyLevels_IsRefusedForItsExpandedSpreads()
    {
        var response = await (await OwnerAsync()).PostAsync(HostileDocuments.FragmentFanOut(30));

        AssertTooComplex(response, "more than 500 fragment spreads once its fragments are expanded");
    }

    [Fact]
    public async Task FragmentFanOut_FromAPublicReadToken_IsRefusedToo()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var (secret, _) = await scenario.CreateReadTokenAsync(scope: "PUBLIC");

        var response = await scenario.Dashboard(secret).PostAsync(HostileDocuments.FragmentFanOut(30));

        AssertTooComplex(response, "fragment spreads");
    }

    [Fact]
    public async Task FragmentFanOut_SentWithGet_IsRefusedToo()
    {
        var client = await OwnerAsync();

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(HostileDocuments.FragmentFanOut(30))));

        AssertTooComplex(response, "fragment spreads");
    }

    [Fact]
    public async Task RepeatedField_12000Times_IsRefusedForItsTokens()
    {
        var query = HostileDocuments.RepeatedField(12_000);
        Assert.InRange(query.Length, 96_000, 100_000);

        var response = await (await OwnerAsync()).PostAsync(query);

        AssertTooComplex(response, "more than 5000 tokens");
    }

    [Fact]
    public async Task RepeatedField_OverTheFieldLimitWithinTheTokenLimit_IsRefusedForItsFields()
    {
        var response = await (await OwnerAsync()).PostAsync(HostileDocuments.RepeatedField(600));

        AssertTooComplex(response, "more than 500 fields");
    }

    [Fact]
    public async Task AFragmentSpreadSixTimes_CountsItsFieldsSixTimes()
    {
        var fragment = "fragment Many on Viewer {" + string.Concat(Enumerable.Range(0, 100).Select(i => $" s{i}: subject")) + " }";
        var query = fragment + " { me {" + string.Concat(Enumerable.Repeat(" ...Many", 6)) + " } }";

        var response = await (await OwnerAsync()).PostAsync(query);

        AssertTooComplex(response, "a fragment's fields counted each time it is spread");
    }

    [Fact]
    public async Task NestingDeeperThanTheParserAllows_IsRefused()
    {
        var query = string.Concat(Enumerable.Repeat("{ me ", 100)) + "{ subject" + new string('}', 101);

        var response = await (await OwnerAsync()).PostAsync(query);

        AssertTooComplex(response, "nested too deeply");
    }

    [Fact]
    public async Task FragmentFanOut_WithinTheLimits_IsAnswered()
    {
        var data = await (await OwnerAsync()).DataAsync(HostileDocuments.FragmentFanOut(5));

        Assert.Equal("acme-automation", data.GetProperty("me").GetProperty("subject").GetString());
    }
}
