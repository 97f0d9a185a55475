namespace Dot.Portal.Api.Models;

/// <summary>The signed-in user as the API knows them.</summary>
public sealed record Viewer(string Subject, IReadOnlyList<string> Roles)
{
    public bool IsOwner => Roles.Contains("owner", StringComparer.OrdinalIgnoreCase);
}
