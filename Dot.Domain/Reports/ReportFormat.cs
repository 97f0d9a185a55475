namespace Dot.Domain.Reports;

/// <summary>The report formats DoT knows. Each test-result format has one <see cref="IReportParser"/>.</summary>
public enum ReportFormat
{
    /// <summary>JUnit XML in all its flavours (Surefire, pytest, Jest, Mocha, Bazel, …): &lt;testsuites&gt; or &lt;testsuite&gt;.</summary>
    JUnit,

    /// <summary>VSTest/MSTest results: &lt;TestRun&gt;.</summary>
    Trx,

    /// <summary>NUnit 3 (&lt;test-run&gt;) and NUnit 2 (&lt;test-results&gt;) XML.</summary>
    NUnit,

    /// <summary>xUnit.net v2 (&lt;assemblies&gt;) and v1 (&lt;assembly&gt;) XML.</summary>
    XUnit,

    /// <summary>Cucumber JSON: an array of features with their elements (scenarios) and steps.</summary>
    Cucumber,

    /// <summary>Mocha's JSON reporter: an object with stats and tests.</summary>
    Mocha,

    /// <summary>A saved response of Jira's search API (/rest/api/2/search or /rest/api/3/search/jql): an object with issues.</summary>
    Jira,
}
