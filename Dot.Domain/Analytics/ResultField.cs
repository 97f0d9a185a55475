namespace Dot.Domain.Analytics;

/// <summary>The fields of a stored execution that results can be grouped by (keyword fields in a search engine).</summary>
public enum ResultField
{
    Dataset,
    Suite,
    ClassName,
    Name,
    Environment,

    /// <summary>The run id: the run key, or the upload id of an upload sent without one.</summary>
    Run,

    FailureType,

    /// <summary>The <see cref="Analytics.FailureFingerprint"/> of a failure's message, kept with the execution at ingest.</summary>
    FailureFingerprint,
}
