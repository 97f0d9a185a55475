using System.Text;

namespace Dot.Tests.Support;

/// <summary>Small JUnit XML reports made up for tests, distinct on every call unless a seed is given.</summary>
public static class JUnitReports
{
    public static byte[] Make(int passed, int failed = 0, int skipped = 0, string? seed = null)
    {
        seed ??= Guid.NewGuid().ToString("N");
        var xml = new StringBuilder($"<testsuites><testsuite name=\"suite-{seed}\">");
        for (var i = 0; i < passed; i++)
        {
            xml.Append($"<testcase classname=\"C\" name=\"pass{i}\" time=\"0.01\"/>");
        }
        for (var i = 0; i < failed; i++)
        {
            xml.Append($"<testcase classname=\"C\" name=\"fail{i}\" time=\"0.02\"><failure message=\"boom\">trace</failure></testcase>");
        }
        for (var i = 0; i < skipped; i++)
        {
            xml.Append($"<testcase classname=\"C\" name=\"skip{i}\"><skipped/></testcase>");
        }
        xml.Append("</testsuite></testsuites>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}
