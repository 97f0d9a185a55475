namespace Dot.Domain.Reports.Trx;

/// <summary>
/// Streams VSTest/MSTest TRX (<c>&lt;TestRun&gt;</c>, namespace <see cref="TrxNames.Namespace"/>) into test executions:
/// one <see cref="ParsedTestCase"/> per <c>UnitTestResult</c> (per inner result of a data-driven test), its class taken
/// from the <c>TestMethod</c> of its definition in <c>TestDefinitions</c>, its status from <see cref="TrxOutcomes"/>.
/// A test run again in the same file (a retry) gives one execution per run; a pass after a failure is flaky.
/// </summary>
/// <remarks>
/// VSTest writes the results before the definitions. On a seekable stream (the ingest pipeline hands over a
/// <see cref="FileStream"/>) such a report is read twice (<see cref="TrxPasses"/>): once for the definitions only, keeping
/// a small map of test id to class and name, then again, from where the parse started, for the results. On a stream that
/// cannot seek, the results are read as they come and lack their class names, with a warning.
/// Stateless: one instance serves any number of parses.
/// </remarks>
public sealed class TrxParser : IReportParser
{
    public ReportFormat Format => ReportFormat.Trx;

    public IEnumerable<ParsedTestCase> Parse(Stream stream, ReportLimits limits, ParseWarnings warnings)
    {
        ParserArguments.ThrowIfNull(stream, limits, warnings);
        return ReadInPasses(stream, limits, warnings);
    }

    private static IEnumerable<ParsedTestCase> ReadInPasses(Stream stream, ReportLimits limits, ParseWarnings warnings)
    {
        var passes = new TrxPasses(stream, warnings);
        do
        {
            foreach (var testCase in XmlReportReader.Read(stream, limits, warnings, passes.CreateReader))
            {
                yield return testCase;
            }
        }
        while (passes.TryRewind());
    }
}
