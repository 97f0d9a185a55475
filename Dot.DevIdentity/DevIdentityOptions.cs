namespace Dot.DevIdentity;

/// <summary>What the host tells the development provider: who it is and where it keeps its keys.</summary>
public sealed class DevIdentityOptions
{
    /// <summary>The issuer, with one trailing slash; the API accepts the tokens of this issuer.</summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>The audience put into every access token.</summary>
    public string Audience { get; set; } = string.Empty;

    /// <summary>The folder of the provider's key files (created owner-only on first start).</summary>
    public string KeyFolder { get; set; } = string.Empty;
}
