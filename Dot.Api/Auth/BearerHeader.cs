using System.Text;

namespace Dot.Api.Auth;

/// <summary>Reading <c>Authorization: Bearer</c> and answering a bad bearer token, for every kind of token.</summary>
public static class BearerHeader
{
    private const string Prefix = "Bearer ";

    /// <summary>The token after <c>Bearer </c> in the Authorization header, or null when there is none.</summary>
    public static string? TokenOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? header[Prefix.Length..].Trim() : null;
    }

    /// <summary>
    /// The <c>WWW-Authenticate</c> value for a refused token (RFC 6750): <c>Bearer error="invalid_token"</c> and the
    /// reason, kept to the printable ASCII a response header may carry.
    /// </summary>
    public static string InvalidToken(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var safe = new StringBuilder(description.Length);
        foreach (var c in description)
        {
            safe.Append(c is '"' or '\\' ? '\'' : c is >= ' ' and <= '~' ? c : '?');
        }
        return $"Bearer error=\"invalid_token\", error_description=\"{safe}\"";
    }
}
