using System.Globalization;

namespace Dot.Api.Connectors.Jira;

/// <summary>
/// The JQL of a run: the owner's filter, for an incremental run narrowed to issues updated since the watermark less
/// the overlap, written in the account's time zone (JQL reads dates in it, to the minute), oldest change first.
/// </summary>
public static class JiraQuery
{
    public static string Build(string userJql, DateTimeOffset? since, TimeZoneInfo accountZone)
    {
        ArgumentNullException.ThrowIfNull(accountZone);
        var filter = $"({userJql})";
        if (since is { } start)
        {
            var local = TimeZoneInfo.ConvertTime(start, accountZone);
            filter += $" AND updated >= \"{local.ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture)}\"";
        }
        return filter + " ORDER BY updated ASC";
    }

    public static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
