using System.Net;
using System.Text.Json;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Health;

/// <summary>Liveness is the process; readiness is every store, the worker and the queue, and fails while a store is gone.</summary>
public sealed class HealthEndpointTests : IDisposable
{
    private static readonly string[] Ready = ["analytics", "config", "queue", "raw", "secrets", "worker"];

    private readonly DotApiFactory _factory = new();
    private readonly HttpClient _client;

    public HealthEndpointTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/healthz/live")]
    public async Task Liveness_IsTheProcess(string path)
    {
        var (status, body) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal(["process"], body.GetProperty("checks").EnumerateObject().Select(c => c.Name));
    }

    [Fact]
    public async Task Readiness_ChecksEveryStore_TheWorkerAndTheQueue()
    {
        var (status, body) = await GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        var checks = body.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString());
        Assert.Equal(Ready, checks.Keys.Order());
        Assert.All(checks.Values, s => Assert.Equal("ok", s));
    }

    [Fact]
    public async Task Readiness_FailsWhileTheRawFolderTakesNoWrites_AndRecovers()
    {
        await GetAsync("/healthz/ready");
        var raw = Path.Combine(_factory.DataPath, "raw");
        Directory.Delete(raw, recursive: true);
        await File.WriteAllTextAsync(raw, "not a folder");

        var (broken, brokenBody) = await GetAsync("/healthz/ready");
        var (live, _) = await GetAsync("/healthz/live");
        File.Delete(raw);
        var (repaired, _) = await GetAsync("/healthz/ready");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK, HttpStatusCode.OK), (broken, live, repaired));
        Assert.Equal("unavailable", brokenBody.GetProperty("status").GetString());
        Assert.Equal("unavailable", brokenBody.GetProperty("checks").GetProperty("raw").GetProperty("status").GetString());
        Assert.Equal("ok", brokenBody.GetProperty("checks").GetProperty("config").GetProperty("status").GetString());
        AssertNothingSensitive(brokenBody);
    }

    [Fact]
    public async Task Readiness_FailsWhileTheConfigurationDatabaseIsGone_AndRecovers()
    {
        await GetAsync("/healthz/ready");
        var database = Path.Combine(_factory.DataPath, "config.db");
        File.Move(database, database + ".away");

        var (broken, brokenBody) = await GetAsync("/healthz/ready");
        File.Move(database + ".away", database);
        var (repaired, _) = await GetAsync("/healthz/ready");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (broken, repaired));
        Assert.Equal("does not answer", brokenBody.GetProperty("checks").GetProperty("config").GetProperty("description").GetString());
        AssertNothingSensitive(brokenBody);
    }

    private void AssertNothingSensitive(JsonElement body)
    {
        var text = body.GetRawText();
        Assert.DoesNotContain(_factory.DataPath, text, StringComparison.Ordinal);
        Assert.DoesNotContain("/", text.Replace("\\/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
