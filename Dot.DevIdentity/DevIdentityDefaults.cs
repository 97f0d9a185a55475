namespace Dot.DevIdentity;

/// <summary>The scheme and paths of the development identity provider.</summary>
public static class DevIdentityDefaults
{
    /// <summary>The cookie that remembers who signed in on the provider's own login form.</summary>
    public const string CookieScheme = "DevIdentity";

    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string LogoutPath = "/connect/logout";
    public const string LoginPath = "/dev-identity/login";
}
