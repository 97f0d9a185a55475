using Dot.Domain.Reports.NUnit;

namespace Dot.Tests.Domain.Reports.NUnit;

[Collection(nameof(RunsAlone))]
public sealed class NUnitXmlParserStreamingTests
{
    [Fact]
    public void AHundredMegabyteReportStreamsInFlatMemory()
    {
        StreamingMemory.AssertFlat(
            new NUnitXmlParser(),
            """<test-run><test-suite type="Assembly" name="Big.dll"><test-suite type="TestFixture" name="Big">""",
            """
            <test-case name="Case(1)" classname="Ns.Big" result="Failed" label="Error" duration="0.001"><failure><message>boom</message><stack-trace>at Ns.Big.Case()</stack-trace></failure><output>out</output></test-case>

            """,
            "</test-suite></test-suite></test-run>");
    }
}
