using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dot.Storage.Aws.OpenSearch.Signing;

/// <summary>
/// AWS Signature Version 4 (<c>AWS4-HMAC-SHA256</c>) for services other than S3: the canonical request (normalized
/// path with every segment encoded once more, query parameters decoded and re-encoded in sorted order, headers
/// lowercased with trimmed values and inner runs of spaces collapsed, repeated headers joined by commas), the string
/// to sign over the credential scope, and the HMAC chain of the signing key.
/// </summary>
public static class SigV4
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public const string DateHeader = "x-amz-date";

    public const string ContentHashHeader = "x-amz-content-sha256";

    public const string SessionTokenHeader = "x-amz-security-token";

    /// <summary>The hex SHA-256 of an empty body.</summary>
    public static readonly string EmptyPayloadHash = HashOf([]);

    public static string HashOf(ReadOnlySpan<byte> payload) => Convert.ToHexStringLower(SHA256.HashData(payload));

    /// <summary>The <c>x-amz-date</c> value of <paramref name="at"/>: basic ISO 8601 in UTC.</summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static SigV4Signature Sign(SigV4Request request, SigV4Credentials credentials, string region, string service, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var date = at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var scope = $"{date}/{region}/{service}/aws4_request";
        var (canonicalHeaders, signedHeaders) = CanonicalHeaders(request.Headers);
        var canonicalRequest = string.Join('\n',
            request.Method.ToUpperInvariant(), CanonicalPath(request.Path), CanonicalQuery(request.Query),
            canonicalHeaders, signedHeaders, request.PayloadHash);
        var stringToSign = string.Join('\n', Algorithm, Timestamp(at), scope, HashOf(Encoding.UTF8.GetBytes(canonicalRequest)));

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretAccessKey), date);
        foreach (var part in (string[])[region, service, "aws4_request"])
        {
            key = Hmac(key, part);
        }
        var signature = Convert.ToHexStringLower(Hmac(key, stringToSign));
        var authorization = $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        return new SigV4Signature(canonicalRequest, stringToSign, signedHeaders, signature, authorization);
    }

    /// <summary>The path without empty, <c>.</c> and <c>..</c> segments, each segment percent-encoded (again, for an encoded path).</summary>
    public static string CanonicalPath(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(Encode(segment));
            }
        }
        var trailing = segments.Count > 0 && (path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal));
        return "/" + string.Join('/', segments) + (trailing ? "/" : string.Empty);
    }

    /// <summary>The query's parameters decoded, re-encoded and sorted by name, then value; a name without <c>=</c> has an empty value.</summary>
    public static string CanonicalQuery(string query)
    {
        var parameters = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(parameter =>
            {
                var equals = parameter.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? parameter : parameter[..equals];
                var value = equals < 0 ? string.Empty : parameter[(equals + 1)..];
                return (Name: Encode(Uri.UnescapeDataString(name)), Value: Encode(Uri.UnescapeDataString(value)));
            })
            .OrderBy(parameter => parameter.Name, StringComparer.Ordinal)
            .ThenBy(parameter => parameter.Value, StringComparer.Ordinal);
        return string.Join('&', parameters.Select(parameter => $"{parameter.Name}={parameter.Value}"));
    }

    private static (string Canonical, string Signed) CanonicalHeaders(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var byName = headers
            .GroupBy(header => header.Key.Trim().ToLowerInvariant())
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (Name: group.Key, Value: string.Join(',', group.Select(header => Collapse(header.Value)))))
            .ToList();
        var canonical = string.Concat(byName.Select(header => $"{header.Name}:{header.Value}\n"));
        return (canonical, string.Join(';', byName.Select(header => header.Name)));
    }

    private static string Collapse(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var character in value.Trim())
        {
            var space = char.IsWhiteSpace(character);
            if (!space || text.Length == 0 || text[^1] != ' ')
            {
                text.Append(space ? ' ' : character);
            }
        }
        return text.ToString();
    }

    /// <summary>RFC 3986 percent-encoding of everything but the unreserved characters, in upper-case hex.</summary>
    private static string Encode(string text)
    {
        var encoded = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                encoded.Append(c);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return encoded.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
