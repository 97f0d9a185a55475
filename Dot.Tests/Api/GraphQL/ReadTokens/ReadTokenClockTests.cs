using System.Net;
using System.Text.Json;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dot.Tests.Api.GraphQL.ReadTokens;

/// <summary>Expiry and last use against a clock the test moves; each test has an API of its own, so moving it disturbs no other.</summary>
public sealed class ReadTokenClockTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly DotApiFactory _factory;

    public ReadTokenClockTests()
    {
        _factory = new DotApiFactory { TestServices = s => s.AddSingleton<TimeProvider>(_clock) };
        _factory.Settings["ReadTokens:DefaultLifetimeDays"] = "30";
        _factory.Settings["ReadTokens:MaxLifetimeDays"] = "90";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Create_WithoutExpiry_ExpiresAfterTheConfiguredDefault()
    {
        var scenario = await ReadTokenScenario.CreateAsync(_factory);

        var (_, token) = await scenario.CreateReadTokenAsync();

        Assert.Equal(_clock.GetUtcNow().AddDays(30), token.GetProperty("expiresAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData(90, null)]
    [InlineData(91, "INVALID_INPUT")]
    public async Task Create_WithExpiry_IsHeldToTheConfiguredMaximum(int days, string? error)
    {
        var scenario = await ReadTokenScenario.CreateAsync(_factory);

        var response = await scenario.Owner.PostAsync(ReadTokenScenario.Create, new { input = ReadTokenScenario.Input(expiresAt: _clock.GetUtcNow().UtcDateTime.AddDays(days)) });

        Assert.Equal(error is null ? [] : [error], response.ErrorCodes);
    }

    [Fact]
    public async Task ExpiredToken_Answers401Expired()
    {
        var scenario = await ReadTokenScenario.CreateAsync(_factory);
        var (secret, _) = await scenario.CreateReadTokenAsync(expiresAt: _clock.GetUtcNow().UtcDateTime.AddDays(1));
        var dashboard = scenario.Dashboard(secret);
        Assert.Equal(HttpStatusCode.OK, (await dashboard.PostAsync("{ datasets { id } }")).Status);

        _clock.Advance(TimeSpan.FromDays(1));
        var response = await dashboard.PostAsync("{ datasets { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("expired", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastUsedAt_IsRecordedOnUse_AtMostOnceAMinute()
    {
        var scenario = await ReadTokenScenario.CreateAsync(_factory);
        var (secret, token) = await scenario.CreateReadTokenAsync();
        var dashboard = scenario.Dashboard(secret);
        Assert.Equal(JsonValueKind.Null, token.GetProperty("lastUsedAt").ValueKind);

        await dashboard.DataAsync("{ datasets { id } }");
        var firstUse = _clock.GetUtcNow();
        var afterFirst = await LastUsedAtAsync(scenario);
        _clock.Advance(TimeSpan.FromSeconds(59));
        await dashboard.DataAsync("{ datasets { id } }");
        var withinTheMinute = await LastUsedAtAsync(scenario);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await dashboard.DataAsync("{ datasets { id } }");
        var aMinuteLater = await LastUsedAtAsync(scenario);

        Assert.Equal(firstUse, afterFirst);
        Assert.Equal(firstUse, withinTheMinute);
        Assert.Equal(firstUse.AddMinutes(1), aMinuteLater);
    }

    private static async Task<DateTimeOffset?> LastUsedAtAsync(ReadTokenScenario scenario)
    {
        var token = Assert.Single((await scenario.Owner.DataAsync(ReadTokenScenario.List)).GetProperty("readTokens").EnumerateArray());
        return token.GetProperty("lastUsedAt").ValueKind == JsonValueKind.Null ? null : token.GetProperty("lastUsedAt").GetDateTimeOffset();
    }
}
