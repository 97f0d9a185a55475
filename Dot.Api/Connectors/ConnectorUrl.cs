namespace Dot.Api.Connectors;

/// <summary>The base URL of a connector's system: absolute, https (plain http only on loopback when private addresses are allowed), no user info.</summary>
public static class ConnectorUrl
{
    public static Uri Validate(string? value, bool allowPrivateAddresses)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new ArgumentException($"The URL '{value}' is not an absolute URL without user, query or fragment, e.g. https://acme.atlassian.net.");
        }
        var plainHttpAllowed = allowPrivateAddresses && uri.IsLoopback && uri.Scheme == Uri.UriSchemeHttp;
        if (uri.Scheme != Uri.UriSchemeHttps && !plainHttpAllowed)
        {
            throw new ArgumentException($"The URL '{value}' must use https.");
        }
        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }
}
