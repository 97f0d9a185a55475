using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports.NUnit;

/// <summary>How an NUnit 2 full name splits into class and test (through the parser, as NUnit 2 has no class attribute).</summary>
public sealed class NUnitTestNameTests
{
    [Theory]
    [InlineData("Ns.Fixture.Method", "Ns.Fixture", "Method")]
    [InlineData("Ns.Fixture.Method(9,11)", "Ns.Fixture", "Method(9,11)")]
    [InlineData("Ns.Fixture.Method(1.5d,\"a.b\")", "Ns.Fixture", "Method(1.5d,\"a.b\")")]
    [InlineData("Ns.Fixture.Method(\"(.\")", "Ns.Fixture", "Method(\"(.\")")]
    [InlineData("Ns.Fixture.Method(\"\\\".)\")", "Ns.Fixture", "Method(\"\\\".)\")")]
    [InlineData("Ns.Generic<Double>(11.5d).Test1", "Ns.Generic<Double>(11.5d)", "Test1")]
    [InlineData("Ns.Fixture.GenericMethod<Ns.Type>(2,4)", "Ns.Fixture", "GenericMethod<Ns.Type>(2,4)")]
    [InlineData("Ns.Fixture.Arrays(System.String[])", "Ns.Fixture", "Arrays(System.String[])")]
    [InlineData("Method", null, "Method")]
    [InlineData("Method(1.5)", null, "Method(1.5)")]
    [InlineData(".Method", null, ".Method")]
    [InlineData("Ns.Fixture.", null, "Ns.Fixture.")]
    public void TheClassEndsAtTheLastDotOutsideBracketsAndQuotes(string fullName, string? className, string name)
    {
        var xml = fullName.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal);

        var testCase = NUnitParsing.ParseSingleNUnit2($"""<test-case name="{xml}" executed="True" result="Success"/>""");

        Assert.Equal((className, name), (testCase.ClassName, testCase.Name));
    }

    [Fact]
    public void AnNUnit3ClassnameIsTakenAsItIs()
    {
        var testCase = NUnitParsing.ParseSingle("""<test-case name="Ns.Looks.Qualified" classname="Real.Class" result="Passed"/>""");

        Assert.Equal(("Real.Class", "Ns.Looks.Qualified"), (testCase.ClassName, testCase.Name));
    }

    [Fact]
    public void SplitNamesStayDistinct()
    {
        var report = NUnitParsing.Parse(
            """
            <test-results><test-suite name="s"><results>
              <test-case name="A.B.C" executed="True" result="Success"/>
              <test-case name="A.B" executed="True" result="Success"/>
              <test-case name="A.B.C(1)" executed="True" result="Success"/>
            </results></test-suite></test-results>
            """);

        Assert.Equal([("A.B", "C"), ("A", "B"), ("A.B", "C(1)")], report.Cases.Select(c => (c.ClassName, c.Name)));
        Assert.Equal(3, report.Cases.Select(c => (c.ClassName, c.Name)).Distinct().Count());
        Assert.All(report.Cases, c => Assert.Equal(TestStatus.Passed, c.Status));
    }
}
