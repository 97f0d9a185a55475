using System.Text;
using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

/// <summary>Formats are told from content: the XML root element or the JSON shape.</summary>
public sealed class ReportFormatDetectorTests
{
    [Theory]
    [InlineData("<testsuites/>", ReportFormat.JUnit)]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\n<!-- x -->\n<testsuite name=\"a\"/>", ReportFormat.JUnit)]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE testsuites [<!ENTITY x \"y\">]><testsuites/>", ReportFormat.JUnit)]
    [InlineData("<TestRun xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\"/>", ReportFormat.Trx)]
    [InlineData("<test-run id=\"2\"/>", ReportFormat.NUnit)]
    [InlineData("<test-results total=\"1\"/>", ReportFormat.NUnit)]
    [InlineData("<test-suite type=\"Assembly\"/>", ReportFormat.NUnit)]
    [InlineData("<assemblies/>", ReportFormat.XUnit)]
    [InlineData("<assembly name=\"a.dll\"/>", ReportFormat.XUnit)]
    [InlineData("[{\"uri\":\"a.feature\",\"keyword\":\"Feature\",\"elements\":[]}]", ReportFormat.Cucumber)]
    [InlineData("{\"stats\":{\"tests\":1},\"tests\":[]}", ReportFormat.Mocha)]
    [InlineData("{\"expand\":\"names\",\"startAt\":0,\"total\":1,\"issues\":[{\"key\":\"A-1\"}]}", ReportFormat.Jira)]
    [InlineData("{\"issues\":[], \"isLast\": true}", ReportFormat.Jira)]
    public void Detect_KnownShapes(string head, ReportFormat expected)
    {
        Assert.Equal(expected, ReportFormatDetector.Detect(Encoding.UTF8.GetBytes(head)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><body/></html>")]
    [InlineData("hello world")]
    [InlineData("{\"name\":\"x\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("<testsuites")]
    public void Detect_UnknownShapes_GiveNull(string head)
    {
        Assert.Null(ReportFormatDetector.Detect(Encoding.UTF8.GetBytes(head)));
    }

    [Fact]
    public void Detect_JsonCutInTheMiddle_UsesWhatItSaw()
    {
        var head = "{\"startAt\":0,\"issues\":[{\"key\":\"A-1\",\"fields\":{\"summary\":\"" + new string('x', 100);

        Assert.Equal(ReportFormat.Jira, ReportFormatDetector.Detect(Encoding.UTF8.GetBytes(head)));
    }
}
