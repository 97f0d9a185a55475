using Dot.Domain.Reports;

namespace Dot.Domain.Intake;

/// <summary>
/// How to take a set of files: the format to read them as (else detected from content), the run they belong to, the
/// environment, and the key that makes a re-sent request return the first upload.
/// </summary>
public sealed record IntakeOptions(ReportFormat? ForcedFormat = null, string? RunKey = null, string? Environment = null, string? IdempotencyKey = null);
