using System.Collections.Frozen;
using Dot.Domain.Classification;

namespace Dot.Domain.Reviews;

/// <summary>
/// The classification of a review and of each of its fields (DESIGN section 6): app-store ratings and comments are
/// Public, and so is what places them. The author's name would be personal data; it is not kept at all.
/// </summary>
public static class ReviewClassification
{
    public static DataClassification Document => DataClassification.Public;

    /// <summary>By <see cref="ReviewDocument"/> property name.</summary>
    public static IReadOnlyDictionary<string, FieldClassification> Fields { get; } =
        new[]
        {
            nameof(ReviewDocument.DatasetId), nameof(ReviewDocument.Source), nameof(ReviewDocument.ReviewId),
            nameof(ReviewDocument.Rating), nameof(ReviewDocument.ReviewedAt), nameof(ReviewDocument.Title),
            nameof(ReviewDocument.Text), nameof(ReviewDocument.Language), nameof(ReviewDocument.AppVersion),
        }.ToFrozenDictionary(name => name, _ => FieldClassification.Public, StringComparer.Ordinal);
}
