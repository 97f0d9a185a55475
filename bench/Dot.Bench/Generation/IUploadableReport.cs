namespace Dot.Bench.Generation;

/// <summary>A generated report the benchmarks can post: its plan, its size, and a fresh body for each post.</summary>
internal interface IUploadableReport
{
    ReportPlan Plan { get; }

    long Length { get; }

    /// <summary>A new request body holding the report (the caller's request disposes it).</summary>
    HttpContent CreateContent();
}
