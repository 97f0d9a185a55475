using System.ComponentModel.DataAnnotations;
using Dot.Domain.Analytics;

namespace Dot.Api.GraphQL.Analytics;

/// <summary>
/// The <c>Analytics</c> section: how far dashboard queries may reach. A window wider than <see cref="MaxWindowDays"/>
/// is refused with <c>INVALID_INPUT</c> before anything is scanned; a missing <c>to</c> is now and a missing
/// <c>from</c> is <see cref="DefaultWindowDays"/> before <c>to</c>.
/// </summary>
public sealed class AnalyticsOptions : IValidatableObject
{
    public const string Section = "Analytics";

    [Range(1, 3660)]
    public int DefaultWindowDays { get; set; } = 30;

    [Range(1, 3660)]
    public int MaxWindowDays { get; set; } = 400;

    /// <summary>The most buckets a trend may have (an hourly trend over 41 days has 984).</summary>
    [Range(1, 100_000)]
    public int MaxBuckets { get; set; } = 1000;

    public AnalyticsLimits Limits => new(TimeSpan.FromDays(DefaultWindowDays), TimeSpan.FromDays(MaxWindowDays), MaxBuckets, AnalyticsLimits.Standard.MaxGroups);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DefaultWindowDays > MaxWindowDays)
        {
            yield return new ValidationResult("Analytics:DefaultWindowDays must not exceed Analytics:MaxWindowDays.", [nameof(DefaultWindowDays)]);
        }
    }
}
