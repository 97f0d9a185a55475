using Dot.Domain.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Dot.DevIdentity;

/// <summary>A development client: its id and the one grant type it may use. Every client's secret is <see cref="DevDirectory.Secret"/>.</summary>
public sealed record DevClient(string Id, string GrantType);

/// <summary>An identity that belongs to a development tenant: a client (client_credentials) or a user (code flow).</summary>
public sealed record DevMember(string Subject, Role Role);

/// <summary>A development tenant. Its id is opaque and found through the membership of <see cref="Anchor"/>; the display name is no key.</summary>
public sealed record DevTenant(string DisplayName, IReadOnlyList<DevMember> Members)
{
    /// <summary>The member whose membership names the tenant's id on later starts.</summary>
    public DevMember Anchor => Members[0];
}

/// <summary>The fixed clients, users and tenants of the development identity provider (DESIGN section 5).</summary>
public static class DevDirectory
{
    /// <summary>The documented secret of every development client. Development only.</summary>
    public const string Secret = "dev-secret";

    /// <summary>The confidential client the portal signs users in with (code flow + PKCE).</summary>
    public const string PortalClientId = "dot-portal";

    public static IReadOnlyList<DevTenant> Tenants { get; } =
    [
        new("Acme",
        [
            new("acme-automation", Role.Owner),
            new("acme-dashboard", Role.Member),
            new("alice", Role.Owner),
            new("bob", Role.Member),
        ]),
        new("Globex",
        [
            new("globex-automation", Role.Owner),
            new("carol", Role.Owner),
        ]),
    ];

    public static IReadOnlyList<DevClient> Clients { get; } =
    [
        new("acme-automation", GrantTypes.ClientCredentials),
        new("globex-automation", GrantTypes.ClientCredentials),
        new("acme-dashboard", GrantTypes.ClientCredentials),
        new(PortalClientId, GrantTypes.AuthorizationCode),
    ];

    /// <summary>The users who sign in through the code flow; each one's password is the user name.</summary>
    public static IReadOnlyList<string> Users { get; } = ["alice", "bob", "carol"];

    public static DevClient? FindClient(string? clientId) =>
        Clients.FirstOrDefault(c => string.Equals(c.Id, clientId, StringComparison.Ordinal));

    public static string? FindUser(string? userName) =>
        Users.FirstOrDefault(u => string.Equals(u, userName, StringComparison.Ordinal));
}
