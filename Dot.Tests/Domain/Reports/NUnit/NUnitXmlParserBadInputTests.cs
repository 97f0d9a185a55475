namespace Dot.Tests.Domain.Reports.NUnit;

public sealed class NUnitXmlParserBadInputTests : XmlParserBadInputTests
{
    internal override ReportParsing Parsing => NUnitParsing.Parsing;

    protected override string TwoTests =>
        """
        <test-run>
          <test-suite type="TestFixture" name="F"><test-case name="a" result="Passed"/>
            <test-case name="b" result="Failed"><failure><message>m</message></failure></test-case>
          </test-suite>
        </test-run>
        """;

    protected override string NotThisFormat => "not a NUnit XML report";

    protected override string Root => "test-run";

    [Fact]
    public void AnXUnitReportIsRefusedByItsRoot() =>
        Assert.Equal(
            "line 1, column 2: not a NUnit XML report: root element <assemblies>",
            NUnitParsing.Parsing.Reject("<assemblies><assembly name=\"a.dll\"/></assemblies>").Message);
}
