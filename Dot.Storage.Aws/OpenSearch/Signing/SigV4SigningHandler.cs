using Amazon.Runtime;

namespace Dot.Storage.Aws.OpenSearch.Signing;

/// <summary>
/// Signs every request it passes on with Signature Version 4 for <paramref name="service"/> (<c>es</c> for a managed
/// domain, <c>aoss</c> for Serverless) in <paramref name="region"/>, with credentials from
/// <paramref name="credentials"/> (the SDK's default chain in the host: environment, profile, instance or task role,
/// refreshed by the SDK). The body is read into memory to hash it, which the client's size-limited bulk batches
/// allow, and its hash goes in <c>x-amz-content-sha256</c>, which both services require. Signed: host,
/// <c>x-amz-*</c> and the content type; the session token of temporary credentials is sent and signed.
/// </summary>
public sealed class SigV4SigningHandler(AWSCredentials credentials, string region, string service, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new InvalidOperationException("A request to sign needs an absolute URI.");
        var identity = await credentials.GetCredentialsAsync();
        var payload = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var payloadHash = SigV4.HashOf(payload);
        var at = time.GetUtcNow();

        foreach (var name in (string[])[SigV4.DateHeader, SigV4.ContentHashHeader, SigV4.SessionTokenHeader, "Authorization"])
        {
            request.Headers.Remove(name);
        }
        request.Headers.TryAddWithoutValidation(SigV4.DateHeader, SigV4.Timestamp(at));
        request.Headers.TryAddWithoutValidation(SigV4.ContentHashHeader, payloadHash);
        if (identity.UseToken)
        {
            request.Headers.TryAddWithoutValidation(SigV4.SessionTokenHeader, identity.Token);
        }

        var signed = new List<KeyValuePair<string, string>> { new("host", uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}") };
        signed.AddRange(request.Headers
            .Where(header => header.Key.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase))
            .SelectMany(header => header.Value.Select(value => new KeyValuePair<string, string>(header.Key, value))));
        if (request.Content?.Headers.ContentType is { } contentType)
        {
            signed.Add(new("content-type", contentType.ToString()));
        }

        var signature = SigV4.Sign(
            new SigV4Request(request.Method.Method, uri.AbsolutePath, uri.Query, signed, payloadHash),
            new SigV4Credentials(identity.AccessKey, identity.SecretKey, identity.UseToken ? identity.Token : null),
            region, service, at);
        request.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        return await base.SendAsync(request, cancellationToken);
    }
}
