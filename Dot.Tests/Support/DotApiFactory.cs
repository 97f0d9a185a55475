using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dot.Tests.Support;

/// <summary>
/// Dot.Api in memory for API tests: environment Development (so the development identity provider is on), the
/// embedded stores in a temp folder of their own (see <see cref="DataPath"/>), and <c>Oidc:Authority</c> = <see cref="Issuer"/>, TestServer's
/// base address, so tokens from the provider are accepted by the API.
/// </summary>
/// <remarks>
/// Settings reach the app through <c>UseSetting</c>, which Program sees while it builds; settings added with
/// <c>ConfigureAppConfiguration</c> would arrive only after <c>builder.Build()</c>. Set <see cref="EnvironmentName"/>
/// and <see cref="Settings"/> before the first request or <c>Services</c> call.
/// </remarks>
public class DotApiFactory : WebApplicationFactory<Program>
{
    public const string Issuer = "http://localhost/";
    public const string DevSecret = "dev-secret";

    private string? _dataPath;
    private bool _createdDataPath;
    private bool? _deleteDataOnDispose;

    /// <summary>
    /// The <c>Storage:Embedded:Path</c> folder: a fresh temp folder unless set. Set it to the folder of an earlier
    /// (disposed) factory to simulate a restart of the API on the same data.
    /// </summary>
    public string DataPath
    {
        get
        {
            if (_dataPath is null)
            {
                _dataPath = CreateDataPath();
                _createdDataPath = true;
            }
            return _dataPath;
        }
        init => _dataPath = value;
    }

    /// <summary>Whether disposing deletes <see cref="DataPath"/>; by default only a folder the factory made itself.</summary>
    public bool DeleteDataOnDispose
    {
        get => _deleteDataOnDispose ?? _createdDataPath;
        init => _deleteDataOnDispose = value;
    }

    public string EnvironmentName { get; init; } = Environments.Development;

    /// <summary>Service replacements a test needs (a controllable clock, say), applied after the app's own registrations.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Extra configuration, applied after the defaults above (so it may override them).</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public static string CreateDataPath() => Directory.CreateTempSubdirectory("dot-tests-").FullName;

    /// <summary>A client_credentials access token from the development identity provider.</summary>
    public async Task<string> GetClientTokenAsync(string clientId, string secret = DevSecret)
    {
        var (status, body) = await RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        });
        if (status != HttpStatusCode.OK || !body.TryGetProperty("access_token", out var token))
        {
            throw new InvalidOperationException($"No token for {clientId}: {(int)status} {body}");
        }
        return token.GetString()!;
    }

    /// <summary>Posts a token request (form parameters as given) and returns the status and the JSON answer.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> RequestTokenAsync(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        using var client = CreateClient();
        using var form = new FormUrlEncodedContent(parameters);
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>An HTTP client that sends a bearer token of the given development client.</summary>
    public async Task<HttpClient> CreateClientForAsync(string clientId)
    {
        var token = await GetClientTokenAsync(clientId);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Runs the API's own bearer scheme over a token exactly as a request carrying it would: signature, issuer,
    /// audience, lifetime and the membership lookup. <c>Principal.FindCaller()</c> then gives tenant and role.
    /// </summary>
    public async Task<AuthenticateResult> AuthenticateBearerAsync(string accessToken)
    {
        await using var scope = Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = $"Bearer {accessToken}";
        return await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Storage:Embedded:Path", DataPath);
        builder.UseSetting("Oidc:Authority", Issuer);
        builder.UseSetting("Oidc:RequireHttpsMetadata", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && DeleteDataOnDispose && _dataPath is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open stays behind in the temp folder; the test result does not depend on it.
            }
        }
    }
}
