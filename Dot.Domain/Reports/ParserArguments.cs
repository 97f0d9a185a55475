using System.Diagnostics.CodeAnalysis;

namespace Dot.Domain.Reports;

/// <summary>
/// The checks every <see cref="IReportParser.Parse"/> makes before it hands out its lazy sequence,
/// so that a bad call fails at once rather than at the first enumeration.
/// </summary>
internal static class ParserArguments
{
    public static void ThrowIfNull([NotNull] Stream? stream, [NotNull] ReportLimits? limits, [NotNull] ParseWarnings? warnings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(warnings);
    }
}
