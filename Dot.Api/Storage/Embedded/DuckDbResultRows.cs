using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Api.Storage.Embedded;

/// <summary>One <c>test_results</c> row per document, in the table's column order.</summary>
internal static class DuckDbResultRows
{
    public static (string TenantId, string UploadId) OwnerOf(TestResultDocument result) => (result.TenantId, result.UploadId);

    public static void Append(DuckDBAppender appender, TestResultDocument result) =>
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
            .EndRow();
}
