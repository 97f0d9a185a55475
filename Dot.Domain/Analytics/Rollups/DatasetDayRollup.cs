using Dot.Domain.Results;

namespace Dot.Domain.Analytics.Rollups;

/// <summary>
/// A dataset's final executions on one UTC day, counted by status: what <c>testSummary</c> and a daily, weekly or
/// monthly <c>passRateTrend</c> add up for the whole days of their window. Exact: the sum of the day's
/// <see cref="TestDayRollup.Executions"/>.
/// </summary>
public sealed record DatasetDayRollup(string TenantId, string DatasetId, DateOnly Day, TestSummary Counts);
