namespace Dot.Api.Health;

/// <summary>What readiness logs when a check fails: the check, and for operators the exception (paths included).</summary>
internal static partial class HealthLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness: the {Store} store does not answer.")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string store);
}
