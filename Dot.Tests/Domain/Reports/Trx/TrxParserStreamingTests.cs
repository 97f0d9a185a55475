using Dot.Domain.Reports.Trx;

namespace Dot.Tests.Domain.Reports.Trx;

[Collection(nameof(RunsAlone))]
public sealed class TrxParserStreamingTests
{
    private const string Result =
        """
        <UnitTestResult executionId="e" testId="41c1dee7-2d17-4cf3-ae64-fae6fd9f9105" testName="Ns.Big.Case" duration="00:00:00.0012345" startTime="2024-05-01T10:00:00.1234567+02:00" outcome="Failed"><Output><StdOut>out</StdOut><ErrorInfo><Message>boom</Message><StackTrace>at Ns.Big.Case()</StackTrace></ErrorInfo></Output></UnitTestResult>

        """;

    private const string Definitions =
        """
        <TestDefinitions><UnitTest name="Ns.Big.Case" storage="c:\build\big.dll" id="41c1dee7-2d17-4cf3-ae64-fae6fd9f9105"><TestMethod className="Ns.Big" name="Case" /></UnitTest></TestDefinitions>
        """;

    [Fact]
    public void AHundredMegabyteReportReadTwiceStreamsInFlatMemory()
    {
        StreamingMemory.AssertFlat(
            new TrxParser(),
            $"""<TestRun xmlns="{TrxParsing.Namespace}"><Results>""",
            Result,
            $"</Results>{Definitions}</TestRun>",
            seekable: true);
    }

    [Fact]
    public void AHundredMegabyteReportReadOnceStreamsInFlatMemory()
    {
        StreamingMemory.AssertFlat(
            new TrxParser(),
            $"""<TestRun xmlns="{TrxParsing.Namespace}">{Definitions}<Results>""",
            Result,
            "</Results></TestRun>");
    }
}
