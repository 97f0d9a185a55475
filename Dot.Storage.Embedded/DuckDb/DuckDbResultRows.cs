using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>One <c>test_results</c> row per document, in the table's column order, and back.</summary>
internal static class DuckDbResultRows
{
    public const string Columns = """
        tenant_id, dataset_id, upload_id, run_key, environment, suite, class_name, name, status, duration_ms,
        failure_message, failure_type, ts, flaky, received_at, ordinal
        """;

    public static (string TenantId, string UploadId) OwnerOf(TestResultDocument result) => (result.TenantId, result.UploadId);

    /// <summary>Appends <paramref name="result"/>, the <paramref name="ordinal"/>-th execution of its upload.</summary>
    public static void Append(DuckDBAppender appender, TestResultDocument result, long ordinal) =>
        appender.CreateRow()
            .AppendValue(result.TenantId)
            .AppendValue(result.DatasetId)
            .AppendValue(result.UploadId)
            .AppendValue(result.RunKey)
            .AppendValue(result.Environment)
            .AppendValue(result.Suite)
            .AppendValue(result.ClassName)
            .AppendValue(result.Name)
            .AppendValue(DuckDbStatusCodes.Of(result.Status))
            .AppendValue(result.DurationMs)
            .AppendValue(result.FailureMessage)
            .AppendValue(result.FailureType)
            .AppendValue(result.Timestamp.UtcDateTime)
            .AppendValue(result.Flaky)
            .AppendValue(result.UploadedAt.UtcDateTime)
            .AppendValue(false)
            .AppendValue(checked((int)ordinal))
            .AppendValue(FingerprintOf(result))
            .EndRow();

    /// <summary>The fingerprint kept with a failed or errored execution; null for the others.</summary>
    public static string? FingerprintOf(TestResultDocument result) =>
        result.Status is TestStatus.Failed or TestStatus.Errored ? FailureFingerprint.Of(result.FailureMessage) : null;

    /// <summary>Reads a row selected with <see cref="Columns"/>.</summary>
    public static TestResultHit Read(DuckDBDataReader reader) =>
        new(
            new TestResultDocument(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                DuckDbValues.StringOrNull(reader, 3),
                DuckDbValues.StringOrNull(reader, 4),
                DuckDbValues.StringOrNull(reader, 5),
                DuckDbValues.StringOrNull(reader, 6),
                reader.GetString(7),
                DuckDbStatusCodes.ToStatus(reader.GetByte(8)),
                reader.GetDouble(9),
                DuckDbValues.StringOrNull(reader, 10),
                DuckDbValues.StringOrNull(reader, 11),
                DuckDbValues.Utc(reader.GetDateTime(12)),
                reader.GetBoolean(13),
                DuckDbValues.Utc(reader.GetDateTime(14))),
            reader.GetInt32(15));
}
