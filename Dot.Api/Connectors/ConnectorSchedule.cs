using Cronos;

namespace Dot.Api.Connectors;

/// <summary>A connector's cron expression (five fields, UTC), checked when it is set.</summary>
public static class ConnectorSchedule
{
    /// <summary>The parsed expression, or an <see cref="ArgumentException"/> with one sentence saying what is wrong.</summary>
    public static CronExpression Parse(string schedule)
    {
        try
        {
            return CronExpression.Parse(schedule?.Trim() ?? "", CronFormat.Standard);
        }
        catch (CronFormatException)
        {
            throw new ArgumentException(
                $"The schedule '{schedule}' is not a cron expression of five fields (minute hour day-of-month month day-of-week), e.g. '0 * * * *'.");
        }
    }

    /// <summary>
    /// The first occurrence after <paramref name="now"/>, plus up to <paramref name="jitter"/> at random. A schedule
    /// missed while DoT was down is due once: the next run is always computed from now, never from the missed slot.
    /// </summary>
    public static DateTimeOffset? NextRun(string schedule, DateTimeOffset now, TimeSpan jitter)
    {
        var next = Parse(schedule).GetNextOccurrence(now, TimeZoneInfo.Utc);
        return next?.AddMilliseconds(Random.Shared.NextDouble() * jitter.TotalMilliseconds);
    }
}
