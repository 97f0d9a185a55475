using Dot.Domain.Reports.XUnit;

namespace Dot.Tests.Domain.Reports.XUnit;

[Collection(nameof(RunsAlone))]
public sealed class XUnitXmlParserStreamingTests
{
    [Fact]
    public void AHundredMegabyteReportStreamsInFlatMemory()
    {
        StreamingMemory.AssertFlat(
            new XUnitXmlParser(),
            """<assemblies><assembly name="Big.dll" run-date="2024-01-01" run-time="10:00:00"><collection name="Big">""",
            """
            <test name="Ns.Big.Case(x: 1)" type="Ns.Big" method="Case" result="Fail" time="0.001"><failure exception-type="E"><message>boom</message><stack-trace>at Ns.Big.Case()</stack-trace></failure><output>out</output></test>

            """,
            "</collection></assembly></assemblies>");
    }
}
