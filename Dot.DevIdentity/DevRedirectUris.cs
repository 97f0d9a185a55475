namespace Dot.DevIdentity;

/// <summary>
/// Where the development provider may send a browser back to: the portal's callbacks on a loopback host,
/// on any port (Dot.Portal runs on 5090; tests pick free ports). Anything else is refused, so the
/// provider is never an open redirector.
/// </summary>
public static class DevRedirectUris
{
    public const string SignInPath = "/signin-oidc";
    public const string SignOutPath = "/signout-callback-oidc";

    public static bool IsSignInCallback(string? value) => IsLoopbackCallback(value, SignInPath);

    public static bool IsSignOutCallback(string? value) => IsLoopbackCallback(value, SignOutPath);

    private static bool IsLoopbackCallback(string? value, string path) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host is "localhost" or "127.0.0.1"
        && uri.AbsolutePath == path
        && uri.UserInfo.Length == 0
        && string.Equals(uri.GetLeftPart(UriPartial.Path), value, StringComparison.Ordinal);
}
