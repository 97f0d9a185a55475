using System.Net;
using System.Text;
using System.Text.Json;
using Dot.Domain.Tokens;
using Dot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dot.Tests.Api.GraphQL.ReadTokens;

/// <summary>The owner's read-token lifecycle: create (shown once, only the hash kept), list (never the secret), revoke.</summary>
public sealed class ReadTokenLifecycleTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Fact]
    public async Task Create_ReturnsSecretOnce_ForTheWholeTenant_RestrictedByDefault_ExpiringInAYear()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);

        var (secret, token) = await scenario.CreateReadTokenAsync();

        Assert.Matches("^dot_read_[0-9A-Za-z]{49}$", secret);
        Assert.True(SecretToken.IsWellFormed(secret, TokenPrefixes.Read));
        Assert.StartsWith("rtk_", token.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(token.GetProperty("prefix").GetString()!, secret, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, token.GetProperty("datasetId").ValueKind);
        Assert.Equal("RESTRICTED", token.GetProperty("scope").GetString());
        Assert.Equal("ACTIVE", token.GetProperty("state").GetString());
        Assert.InRange(token.GetProperty("expiresAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddDays(364), DateTimeOffset.UtcNow.AddDays(366));
    }

    [Fact]
    public async Task Create_StoresOnlyTheHash_TheSecretIsNowhereInTheDatabase()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);

        var (secret, token) = await scenario.CreateReadTokenAsync(scenario.DatasetId, "PUBLIC");

        var row = await ReadRowAsync(token.GetProperty("id").GetString()!);
        Assert.Equal(SecretToken.Hash(secret), row["hash"]);
        Assert.Equal(scenario.DatasetId, row["dataset_id"]);
        Assert.Equal("PUBLIC", row["scope"]);
        Assert.DoesNotContain(row.Values, value => value?.Contains(secret[TokenPrefixes.Read.Length..], StringComparison.Ordinal) == true);
        var secretBytes = Encoding.UTF8.GetBytes(secret[TokenPrefixes.Read.Length..]);
        foreach (var file in Directory.EnumerateFiles(factory.DataPath, "config.db*"))
        {
            Assert.Equal(-1, ReadShared(file).AsSpan().IndexOf(secretBytes));
        }
    }

    [Fact]
    public async Task List_ShowsEveryTokenOrOneDatasets_NeverTheSecret()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var (tenantSecret, tenantToken) = await scenario.CreateReadTokenAsync();
        var (datasetSecret, datasetToken) = await scenario.CreateReadTokenAsync(scenario.DatasetId);

        var all = await scenario.Owner.PostAsync(ReadTokenScenario.List);
        var ofDataset = (await scenario.Owner.DataAsync(ReadTokenScenario.List, new { id = scenario.DatasetId })).GetProperty("readTokens");

        var allIds = Ids(all.Json.GetProperty("data").GetProperty("readTokens"));
        Assert.Contains(tenantToken.GetProperty("id").GetString(), allIds);
        Assert.Contains(datasetToken.GetProperty("id").GetString(), allIds);
        Assert.Equal([datasetToken.GetProperty("id").GetString()], Ids(ofDataset));
        Assert.DoesNotContain(tenantSecret, all.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(datasetSecret, all.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_RefusesTheTokenAtOnce_AndIsIdempotent()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var (secret, token) = await scenario.CreateReadTokenAsync();
        var dashboard = scenario.Dashboard(secret);
        Assert.Equal(HttpStatusCode.OK, (await dashboard.PostAsync("{ datasets { id } }")).Status);

        var first = (await scenario.Owner.DataAsync(ReadTokenScenario.Revoke, new { id = token.GetProperty("id").GetString() })).GetProperty("revokeReadToken").GetProperty("readToken");
        var refused = await dashboard.PostAsync("{ datasets { id } }");
        var second = (await scenario.Owner.DataAsync(ReadTokenScenario.Revoke, new { id = token.GetProperty("id").GetString() })).GetProperty("revokeReadToken").GetProperty("readToken");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Contains("error=\"invalid_token\"", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("revoked", refused.Body, StringComparison.Ordinal);
        Assert.Equal("REVOKED", first.GetProperty("state").GetString());
        Assert.Equal(first.GetProperty("revokedAt").GetString(), second.GetProperty("revokedAt").GetString());
    }

    [Fact]
    public async Task Revoke_UnknownId_IsNotFound()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);

        var response = await scenario.Owner.PostAsync(ReadTokenScenario.Revoke, new { id = "rtk_unknown" });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public async Task Create_WithExpiryInThePastOrBeyondTheMaximum_IsInvalidInput(int days)
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);

        var response = await scenario.Owner.PostAsync(ReadTokenScenario.Create, new { input = ReadTokenScenario.Input(expiresAt: DateTime.UtcNow.AddDays(days)) });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Create_WithBlankName_IsInvalidInput()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);

        var response = await scenario.Owner.PostAsync(ReadTokenScenario.Create, new { input = ReadTokenScenario.Input(name: "  ") });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("Bearer dot_read_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "malformed")]
    [InlineData("Bearer dot_read_", "malformed")]
    public async Task MalformedReadToken_Answers401WithTheReason(string authorization, string reason)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ datasets { id } }"}""", Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownWellFormedReadToken_Answers401Unknown()
    {
        var response = await new GraphQLClient(factory.CreateClient(), SecretToken.Generate(TokenPrefixes.Read)).PostAsync("{ datasets { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Contains("unknown", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_ForAReadToken_IsAMemberOfTheTenant_WithTheTokensLimits()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var owner = (await scenario.Owner.DataAsync("{ me { tenant { id } } }")).GetProperty("me");
        var (secret, token) = await scenario.CreateReadTokenAsync(scenario.DatasetId, "PUBLIC");

        var me = (await scenario.Dashboard(secret).DataAsync("{ me { subject tenant { id } roles datasetId dataScope } }")).GetProperty("me");

        Assert.Equal(token.GetProperty("id").GetString(), me.GetProperty("subject").GetString());
        Assert.Equal(owner.GetProperty("tenant").GetProperty("id").GetString(), me.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("member", Assert.Single(me.GetProperty("roles").EnumerateArray()).GetString());
        Assert.Equal(scenario.DatasetId, me.GetProperty("datasetId").GetString());
        Assert.Equal("PUBLIC", me.GetProperty("dataScope").GetString());
    }

    private static List<string?> Ids(JsonElement tokens) =>
        tokens.EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();

    private async Task<Dictionary<string, string?>> ReadRowAsync(string tokenId)
    {
        var path = Path.Combine(factory.DataPath, "config.db");
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM read_tokens WHERE id = $id";
        command.Parameters.AddWithValue("$id", tokenId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i).ToString());
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
