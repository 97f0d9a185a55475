namespace Dot.Domain.Analytics;

/// <summary>The fields of a stored execution a <see cref="Metric"/> can compute over.</summary>
public enum MetricField
{
    /// <summary>Milliseconds the execution took (a number).</summary>
    Duration,

    /// <summary>When the execution ran (a time).</summary>
    Timestamp,

    /// <summary>The failure message (a text).</summary>
    FailureMessage,
}
