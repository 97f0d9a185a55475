namespace Dot.DevIdentity;

/// <summary>What the development identity provider logs: opaque ids and paths, never display or user names.</summary>
internal static partial class DevIdentityLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created development tenant {TenantId}.")]
    public static partial void TenantCreated(ILogger logger, string tenantId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Development tenant {TenantId} has {MemberCount} memberships.")]
    public static partial void TenantReady(ILogger logger, string tenantId, int memberCount);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Development identity on: curl -s -d grant_type=client_credentials -d client_id=acme-automation -d client_secret={Secret} {Issuer}connect/token (keys in {KeyFolder})")]
    public static partial void Started(ILogger logger, string secret, string issuer, string keyFolder);
}
