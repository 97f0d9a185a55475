using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using Dot.Storage.Aws.OpenSearch.Signing;
using Microsoft.Extensions.Time.Testing;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>
/// The SigV4 signer against the published AWS test suite (canonical request, string to sign and signature of each
/// case in <c>SigV4Vectors/</c>), and the signing handler against the AWS SDK's own signer for the same request.
/// </summary>
public sealed class SigV4Tests
{
    private static readonly string Vectors = Path.Combine(AppContext.BaseDirectory, "Storage", "Aws", "OpenSearch", "SigV4Vectors");

    public static TheoryData<string> Cases => new(Directory.GetDirectories(Vectors).Select(Path.GetFileName).Order()!);

    [Fact]
    public void TheSuiteIsThere() => Assert.True(Cases.Count >= 30);

    [Theory]
    [MemberData(nameof(Cases))]
    public void PublishedVector(string name)
    {
        var folder = Path.Combine(Vectors, name);
        using var context = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "context.json")));
        var root = context.RootElement;
        var credentials = root.GetProperty("credentials");
        var token = credentials.TryGetProperty("token", out var value) ? value.GetString() : null;
        var at = root.GetProperty("timestamp").GetDateTimeOffset();
        var (method, target, headers, body) = ParseRequest(File.ReadAllText(Path.Combine(folder, "request.txt")));
        var payloadHash = SigV4.HashOf(Encoding.UTF8.GetBytes(body));

        headers.Add(new(SigV4.DateHeader, SigV4.Timestamp(at)));
        if (token is not null && !(root.TryGetProperty("omit_session_token", out var omit) && omit.GetBoolean()))
        {
            headers.Add(new(SigV4.SessionTokenHeader, token));
        }
        if (root.GetProperty("sign_body").GetBoolean())
        {
            headers.Add(new(SigV4.ContentHashHeader, payloadHash));
        }
        var query = target.Contains('?', StringComparison.Ordinal) ? target[(target.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty;
        var path = target.Split('?')[0];

        var signature = SigV4.Sign(
            new SigV4Request(method, path, query, headers, payloadHash),
            new SigV4Credentials(credentials.GetProperty("access_key_id").GetString()!, credentials.GetProperty("secret_access_key").GetString()!, token),
            root.GetProperty("region").GetString()!, root.GetProperty("service").GetString()!, at);

        Assert.Equal(Expected(folder, "header-canonical-request.txt"), signature.CanonicalRequest);
        Assert.Equal(Expected(folder, "header-string-to-sign.txt"), signature.StringToSign);
        Assert.Equal(Expected(folder, "header-signature.txt"), signature.Signature);
    }

    [Theory]
    [InlineData("es", "POST", "dot-results/_search?routing=ten_acme", """{"size":0,"query":{"bool":{"filter":[{"term":{"tenant":{"value":"ten_acme"}}}]}}}""")]
    [InlineData("aoss", "POST", "_bulk?refresh=wait_for", "{\"index\":{\"_index\":\"dot-results\"}}\n{\"tenant\":\"ten_acme\"}\n")]
    [InlineData("es", "HEAD", "dot-results", "")]
    public async Task TheHandlersSignature_IsTheAwsSdksForTheSameRequest(string service, string method, string target, string body)
    {
        var at = new DateTimeOffset(2025, 6, 3, 10, 15, 30, TimeSpan.Zero);
        var credentials = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        var sent = new CapturingHandler();
        using var http = new HttpClient(new SigV4SigningHandler(credentials, "eu-west-1", service, new FakeTimeProvider(at)) { InnerHandler = sent })
        {
            BaseAddress = new Uri("https://search-dot.eu-west-1.es.amazonaws.com/"),
        };
        using var request = new HttpRequestMessage(new HttpMethod(method), target);
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await http.SendAsync(request);

        var signed = sent.Request!;
        var sdkSignature = SdkSignature(service, signed, Encoding.UTF8.GetBytes(body), at.UtcDateTime);
        var authorization = signed.Headers.GetValues("Authorization").Single();
        Assert.EndsWith("Signature=" + sdkSignature, authorization, StringComparison.Ordinal);
        Assert.Equal(SigV4.HashOf(Encoding.UTF8.GetBytes(body)), signed.Headers.GetValues(SigV4.ContentHashHeader).Single());
    }

    [Fact]
    public async Task TemporaryCredentials_SendAndSignTheSessionToken()
    {
        var sent = new CapturingHandler();
        var credentials = new SessionAWSCredentials("AKIDEXAMPLE", "secret", "the-session-token");
        using var http = new HttpClient(new SigV4SigningHandler(credentials, "eu-west-1", "es", TimeProvider.System) { InnerHandler = sent })
        {
            BaseAddress = new Uri("https://search-dot.eu-west-1.es.amazonaws.com/"),
        };

        using var response = await http.GetAsync("dot-results");

        Assert.Equal("the-session-token", sent.Request!.Headers.GetValues(SigV4.SessionTokenHeader).Single());
        Assert.Contains("x-amz-security-token", sent.Request.Headers.GetValues("Authorization").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", sent.Request.Headers.ToString(), StringComparison.Ordinal);
    }

    /// <summary>What AWSSDK.Core's <see cref="AWS4Signer"/> signs for the request the handler sent, with the headers the handler signed.</summary>
    private static string SdkSignature(string service, HttpRequestMessage signed, byte[] body, DateTime at)
    {
        var uri = signed.RequestUri!;
        var request = new DefaultRequest(new SdkRequest(), service)
        {
            Endpoint = new Uri(uri.GetLeftPart(UriPartial.Authority)),
            ResourcePath = uri.AbsolutePath,
            HttpMethod = signed.Method.Method,
            Content = body.Length > 0 ? body : null,
            UseQueryString = true,
        };
        foreach (var parameter in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = parameter.Split('=', 2);
            request.Parameters[Uri.UnescapeDataString(pair[0])] = pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : string.Empty;
        }
        if (signed.Content?.Headers.ContentType is { } contentType)
        {
            request.Headers["Content-Type"] = contentType.ToString();
        }
        request.Headers[SigV4.ContentHashHeader] = SigV4.HashOf(body);
        var config = new AmazonDynamoDBConfig { ServiceURL = uri.GetLeftPart(UriPartial.Authority), AuthenticationRegion = "eu-west-1", AuthenticationServiceName = service };
        return new AWS4Signer().SignRequest(request, config, null, "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", at).Signature;
    }

    private static string Expected(string folder, string file) => File.ReadAllText(Path.Combine(folder, file)).TrimEnd('\n');

    /// <summary>The request line, headers (folded lines joined) and body of a vector's <c>request.txt</c>.</summary>
    private static (string Method, string Target, List<KeyValuePair<string, string>> Headers, string Body) ParseRequest(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var requestLine = lines[0];
        var method = requestLine[..requestLine.IndexOf(' ', StringComparison.Ordinal)];
        var target = requestLine[(method.Length + 1)..requestLine.LastIndexOf(" HTTP/", StringComparison.Ordinal)];
        var headers = new List<KeyValuePair<string, string>>();
        var i = 1;
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            if (char.IsWhiteSpace(lines[i][0]))
            {
                headers[^1] = new(headers[^1].Key, headers[^1].Value + " " + lines[i].Trim());
                continue;
            }
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            headers.Add(new(lines[i][..colon], lines[i][(colon + 1)..]));
        }
        return (method, target, headers, string.Join('\n', lines.Skip(i + 1)));
    }

    private sealed class SdkRequest : AmazonWebServiceRequest;

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
