using System.ComponentModel.DataAnnotations;

namespace Dot.Api.Auth;

/// <summary>The <c>Oidc</c> section: the OpenID Connect issuer whose access tokens the API accepts.</summary>
public sealed class OidcOptions
{
    public const string Section = "Oidc";

    /// <summary>The issuer URL; its discovery document gives the signing keys.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Authority { get; set; } = string.Empty;

    /// <summary>The audience access tokens must be issued for.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Audience { get; set; } = "dot-api";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The issuer as tokens carry it: the authority with one trailing slash.</summary>
    public string Issuer => Authority.TrimEnd('/') + "/";
}
