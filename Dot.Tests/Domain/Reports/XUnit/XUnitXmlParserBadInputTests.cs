namespace Dot.Tests.Domain.Reports.XUnit;

public sealed class XUnitXmlParserBadInputTests : XmlParserBadInputTests
{
    internal override ReportParsing Parsing => XUnitParsing.Parsing;

    protected override string TwoTests =>
        """
        <assemblies>
          <assembly name="A.dll"><collection name="C"><test name="a" type="T" method="a" result="Pass"/>
            <test name="b" type="T" method="b" result="Fail"><failure><message>m</message></failure></test>
          </collection></assembly>
        </assemblies>
        """;

    protected override string NotThisFormat => "not a xUnit.net XML report";

    protected override string Root => "assemblies";

    [Fact]
    public void AnNUnitReportIsRefusedByItsRoot() =>
        Assert.Equal(
            "line 1, column 2: not a xUnit.net XML report: root element <test-run>",
            XUnitParsing.Parsing.Reject("<test-run><test-suite name=\"s\"/></test-run>").Message);
}
