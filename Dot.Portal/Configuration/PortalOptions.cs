using System.ComponentModel.DataAnnotations;

namespace Dot.Portal.Configuration;

/// <summary>The <c>Portal</c> section: where the API is and who signs users in.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The base URL of Dot.Api: the portal's GraphQL calls go there, and the curl lines it shows name it.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ApiUrl { get; set; } = string.Empty;

    public PortalOidcOptions Oidc { get; set; } = new();

    /// <summary>The API URL without a trailing slash, for building the addresses shown to people.</summary>
    public string ApiBase => ApiUrl.TrimEnd('/');
}
