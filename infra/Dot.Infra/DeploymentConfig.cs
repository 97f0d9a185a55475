using Amazon.CDK.AWS.Logs;
using Constructs;

namespace Dot.Infra;

/// <summary>
/// Everything that differs between DoT's environments, in one typed record read from the CDK context
/// (<c>-c env=prod -c account=… -c region=…</c>); the stacks read nothing else.
/// </summary>
public sealed record DeploymentConfig
{
    public required string Name { get; init; }

    /// <summary>The AWS account; absent for an account-agnostic synth (dev), required for prod, which has its own.</summary>
    public string? Account { get; init; }

    public required string Region { get; init; }

    /// <summary>Availability zones the network spans (named, so that synthesis needs no lookup).</summary>
    public required int ZoneCount { get; init; }

    /// <summary>The public host name the load balancer answers on.</summary>
    public required string DomainName { get; init; }

    /// <summary>An existing ACM certificate for <see cref="DomainName"/>; without one, a DNS-validated one is requested.</summary>
    public string? CertificateArn { get; init; }

    public required string ApiRepository { get; init; }

    public required string PortalRepository { get; init; }

    /// <summary>The image tag or digest (<c>sha256:…</c>) both services run.</summary>
    public required string ImageTag { get; init; }

    /// <summary>The OpenID Connect issuer users sign in with.</summary>
    public required string OidcAuthority { get; init; }

    /// <summary>The Secrets Manager secret holding the portal's OIDC client secret (created outside the stacks).</summary>
    public required string OidcClientSecretName { get; init; }

    public required int ApiTasks { get; init; }

    public required int PortalTasks { get; init; }

    public required int SearchNodes { get; init; }

    public required string SearchInstanceType { get; init; }

    public required RetentionDays LogRetention { get; init; }

    /// <summary>Requests one client address may make in five minutes before the WAF blocks it.</summary>
    public required int RequestsPerFiveMinutes { get; init; }

    /// <summary>Whether data stores survive the deletion of their stack (and resist it).</summary>
    public required bool RetainData { get; init; }

    public static DeploymentConfig FromContext(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string? Context(string key) => node.TryGetContext(key) as string is { Length: > 0 } value ? value : null;

        var name = Context("env") ?? "dev";
        var production = name switch
        {
            "dev" => false,
            "prod" => true,
            _ => throw new ArgumentException($"Context 'env' is '{name}': use 'dev' or 'prod'."),
        };
        var account = Context("account");
        if (production && account is null)
        {
            throw new ArgumentException("Context 'account' is required for prod: production runs in its own AWS account (-c account=…).");
        }
        var domain = Context("domain") ?? $"{name}.dot.example.com";
        return new DeploymentConfig
        {
            Name = name,
            Account = account,
            Region = Context("region") ?? System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION") ?? "eu-west-1",
            ZoneCount = production ? 3 : 2,
            DomainName = domain,
            CertificateArn = Context("certificateArn"),
            ApiRepository = Context("apiRepository") ?? "dot-api",
            PortalRepository = Context("portalRepository") ?? "dot-portal",
            ImageTag = Context("imageTag") ?? "latest",
            OidcAuthority = Context("oidcAuthority") ?? $"https://sso.{domain}/",
            OidcClientSecretName = Context("oidcClientSecretName") ?? $"dot/{name}/portal-oidc-client-secret",
            ApiTasks = production ? 2 : 1,
            PortalTasks = production ? 2 : 1,
            SearchNodes = production ? 3 : 1,
            SearchInstanceType = production ? "r6g.large.search" : "t3.small.search",
            LogRetention = production ? RetentionDays.ONE_YEAR : RetentionDays.ONE_MONTH,
            RequestsPerFiveMinutes = 2000,
            RetainData = production,
        };
    }
}
