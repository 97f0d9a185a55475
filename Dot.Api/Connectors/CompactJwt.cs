using System.Text;
using System.Text.Json;

namespace Dot.Api.Connectors;

/// <summary>A JWS in compact form (<c>header.claims.signature</c>, base64url), signed by the caller's key.</summary>
public static class CompactJwt
{
    public static string Create(object header, object claims, Func<byte[], byte[]> sign)
    {
        ArgumentNullException.ThrowIfNull(sign);
        var signingInput = $"{Base64Url(JsonSerializer.SerializeToUtf8Bytes(header))}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        return $"{signingInput}.{Base64Url(sign(Encoding.ASCII.GetBytes(signingInput)))}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
