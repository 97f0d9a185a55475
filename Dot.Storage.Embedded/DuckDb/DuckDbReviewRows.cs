using Dot.Domain.Reviews;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>One <c>reviews</c> row per document, in the table's column order.</summary>
internal static class DuckDbReviewRows
{
    public static void Append(DuckDBAppender appender, ReviewDocument review) =>
        appender.CreateRow()
            .AppendValue(review.TenantId)
            .AppendValue(review.DatasetId)
            .AppendValue(review.Source)
            .AppendValue(review.ReviewId)
            .AppendValue((byte)review.Rating)
            .AppendValue(review.ReviewedAt.UtcDateTime)
            .AppendValue(review.Title)
            .AppendValue(review.Text)
            .AppendValue(review.Language)
            .AppendValue(review.AppVersion)
            .EndRow();
}
