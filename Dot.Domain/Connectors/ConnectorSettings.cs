namespace Dot.Domain.Connectors;

/// <summary>
/// What a connector needs to reach its system, its secret aside: Jira uses <see cref="BaseUrl"/>, <see cref="Deployment"/>,
/// <see cref="Jql"/>, <see cref="Email"/> and <see cref="ReconcileHours"/>; App Store Connect <see cref="AppId"/>, <see cref="IssuerId"/> and
/// <see cref="KeyId"/>; Google Play <see cref="PackageName"/>. The others stay null.
/// </summary>
public sealed record ConnectorSettings
{
    public string? BaseUrl { get; init; }

    public JiraDeployment? Deployment { get; init; }

    public string? Jql { get; init; }

    public string? Email { get; init; }

    /// <summary>Jira: how many hours apart full reconciliations run (0: every run); null takes the instance's default.</summary>
    public int? ReconcileHours { get; init; }

    public string? AppId { get; init; }

    public string? IssuerId { get; init; }

    public string? KeyId { get; init; }

    public string? PackageName { get; init; }
}
