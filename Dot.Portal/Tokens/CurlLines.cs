namespace Dot.Portal.Tokens;

/// <summary>The command lines the portal shows for a token, with the API's address filled in.</summary>
public static class CurlLines
{
    public static string Upload(string apiBase, string token) =>
        $"curl --fail-with-body -H \"Authorization: Bearer {token}\" --data-binary @TEST-all.xml \"{apiBase}/api/v1/uploads?wait=30\"";

    public static string Read(string apiBase, string token) =>
        $"curl -s -H \"Authorization: Bearer {token}\" -H 'Content-Type: application/json' "
        + $"-d '{{\"query\":\"{{ datasets {{ id name }} }}\"}}' \"{apiBase}/graphql\"";

    public static string For(TokenKind kind, string apiBase, string token)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind.IsUpload ? Upload(apiBase, token) : Read(apiBase, token);
    }
}
