using System.Data.Common;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>Reading DuckDB values back: TIMESTAMP columns hold UTC, and NULL reads as null.</summary>
internal static class DuckDbValues
{
    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static string? StringOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? TimeOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Utc(reader.GetDateTime(ordinal));
}
