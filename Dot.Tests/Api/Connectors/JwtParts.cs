namespace Dot.Tests.Api.Connectors;

/// <summary>Reads the parts of a compact JWT the way its receiver does.</summary>
public static class JwtParts
{
    public static byte[] FromBase64Url(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }
}
