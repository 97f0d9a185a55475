using Dot.Domain.Results;

namespace Dot.Domain.Analytics;

/// <summary>
/// A stored execution found by a search: the document and its position in its upload (0 for the first test the
/// upload's files yielded), which with the upload id names it uniquely and stably, as often as the upload is processed.
/// </summary>
public sealed record TestResultHit(TestResultDocument Document, int Ordinal)
{
    /// <summary>The execution's id: its upload id and position.</summary>
    public string Id => $"{Document.UploadId}.{Ordinal}";

    /// <summary>The run id: the run key, or the upload id of an upload sent without one.</summary>
    public string Run => Document.RunKey ?? Document.UploadId;
}
