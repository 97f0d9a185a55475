using System.ComponentModel.DataAnnotations;

namespace Dot.Portal.Configuration;

/// <summary>The <c>Portal:Oidc</c> section: the OpenID Connect provider and the portal's confidential client there.</summary>
public sealed class PortalOidcOptions
{
    [Required(AllowEmptyStrings = false)]
    public string Authority { get; set; } = string.Empty;

    [Required(AllowEmptyStrings = false)]
    public string ClientId { get; set; } = "dot-portal";

    [Required(AllowEmptyStrings = false)]
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The scopes asked for besides <c>openid</c>; the access token must be valid for Dot.Api.</summary>
    public string Scope { get; set; } = "profile";

    public bool RequireHttpsMetadata { get; set; } = true;
}
