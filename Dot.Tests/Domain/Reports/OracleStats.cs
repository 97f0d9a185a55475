using System.Text.Json;

namespace Dot.Tests.Domain.Reports;

/// <summary>
/// The counts in a corpus <c>NAME.results.json</c> (written by publish-unit-test-result-action, the independent oracle).
/// How it counts, read from its source and checked against these files:
/// <list type="bullet">
/// <item><c>tests*</c>: distinct test cases keyed by (classname, name); a case with several result elements takes the
/// most severe (error, failure, skipped), a test seen several times takes error, else failure, else success, else skipped;
/// <c>status="disabled"</c> without a result element is skipped; cases with neither name nor classname are dropped.</item>
/// <item><c>runs*</c>: the <c>tests</c>, <c>skipped</c>(+<c>disabled</c>, only when <c>skipped</c> is non-zero),
/// <c>failures</c> and <c>errors</c> attributes of the top-level suites, or counts of result elements where they are
/// missing; <c>runs_succ</c> is what remains. When a file has no cases at all, <c>tests*</c> falls back to these too.</item>
/// <item><c>errors</c>: files it could not read; such a file contributes nothing.</item>
/// </list>
/// </summary>
internal sealed record OracleStats(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<string> Errors)
{
    /// <summary>The compared fields, in the oracle's names.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["tests", "tests_succ", "tests_skip", "tests_fail", "tests_error", "runs", "runs_succ", "runs_skip", "runs_fail", "runs_error"];

    public static OracleStats Load(string resultsJsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(resultsJsonPath));
        var stats = document.RootElement.GetProperty("stats");
        var counts = Fields.ToDictionary(field => field, field => stats.GetProperty(field).GetInt32());
        var errors = stats.TryGetProperty("errors", out var list)
            ? list.EnumerateArray().Select(error => error.GetProperty("message").GetString() ?? string.Empty).ToList()
            : [];
        return new OracleStats(counts, errors);
    }
}
