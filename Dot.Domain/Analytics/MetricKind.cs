namespace Dot.Domain.Analytics;

/// <summary>What a <see cref="Metric"/> computes over the executions of a bucket.</summary>
public enum MetricKind
{
    /// <summary>How many executions (a <see cref="long"/>).</summary>
    Count,

    /// <summary>How many executions of each outcome (a <see cref="Results.TestSummary"/>).</summary>
    StatusCounts,

    /// <summary>How many distinct tests (suite, class, name) ran (a <see cref="long"/>).</summary>
    DistinctTests,

    /// <summary>The mean of a number (a <see cref="double"/>, null without executions).</summary>
    Average,

    /// <summary>A percentile of a number, interpolated between the nearest values (a <see cref="double"/>, null without executions).</summary>
    Percentile,

    /// <summary>The least value of a number or a time.</summary>
    Min,

    /// <summary>The greatest value of a number or a time.</summary>
    Max,

    /// <summary>The value of a text field in the latest execution of the bucket that has one (by time, then upload and position).</summary>
    Latest,
}
