namespace Dot.Api.Telemetry;

internal static partial class TelemetryLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The upload queue could not be sampled for its gauges.")]
    public static partial void QueueNotSampled(ILogger logger, Exception exception);
}
