using System.Text;
using Dot.Domain.Results;
using static Dot.Tests.Domain.Reports.Trx.TrxParsing;

namespace Dot.Tests.Domain.Reports.Trx;

/// <summary>How results are joined to their test definitions, whichever comes first, on streams that seek or not.</summary>
public sealed class TrxParserDefinitionTests
{
    private const string Id = "41c1dee7-2d17-4cf3-ae64-fae6fd9f9105";

    private static readonly string Results =
        Result($"""testId="{Id}" testName="Adds" """) + Result("""testId="t2" testName="Subtracts" outcome="Failed" """);

    private static readonly string Definitions = Definition(Id, "Calc.Tests.AddTests") + Definition("t2", "Calc.Tests.SubtractTests");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheClassComesFromTheTestMethodOfTheDefinition(bool definitionsFirst)
    {
        var report = Parse(Run(Results, Definitions, definitionsFirst));

        Assert.Equal(
            [("Calc.Tests.AddTests", "Adds", TestStatus.Passed), ("Calc.Tests.SubtractTests", "Subtracts", TestStatus.Failed)],
            report.Cases.Select(c => (c.ClassName, c.Name, c.Status)));
        Assert.Empty(report.Warnings.Messages);
    }

    [Fact]
    public void TheSuiteIsTheFileNameOfTheTestAssembly()
    {
        var testCase = Assert.Single(Parse(Run(
            Result("""testId="t1" testName="T" """),
            Definition("t1", "C", storage: @"c:\users\someone\src\bin\debug\calc.tests.dll"))).Cases);

        Assert.Equal("calc.tests.dll", testCase.Suite);
    }

    [Theory]
    [InlineData("Calc.AddTests, Calc.Tests, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null", "Calc.AddTests")]
    [InlineData("Calc.AddTests", "Calc.AddTests")]
    [InlineData("Calc.Box`1[[System.Int32, mscorlib, Version=4.0.0.0]], Calc.Tests", "Calc.Box`1[[System.Int32, mscorlib, Version=4.0.0.0]]")]
    [InlineData("  ", null)]
    public void TheAssemblyIsCutFromAQualifiedClassName(string className, string? expected)
    {
        var testCase = Assert.Single(Parse(Run(Result("""testId="t1" testName="T" """), Definition("t1", className))).Cases);

        Assert.Equal(expected, testCase.ClassName);
    }

    [Fact]
    public void AResultWithoutATestNameTakesTheNameOfItsDefinition()
    {
        var testCase = Assert.Single(Parse(Run(Result("""testId="t1" """), Definition("t1", "C", name: "Ns.C.Adds"))).Cases);

        Assert.Equal("Ns.C.Adds", testCase.Name);
    }

    [Fact]
    public void AResultWithNoNameAnywhereIsKeptUnderAPlaceholder()
    {
        var report = Parse(Run(Result("""testId="x1" outcome="Failed" """) + Result("""testId="x2" """)));

        Assert.Equal(["(unnamed test 1)", "(unnamed test 2)"], report.Cases.Select(c => c.Name));
        Assert.Contains("line 4: test without a name recorded as '(unnamed test 1)'", report.Warnings.Messages);
    }

    [Fact]
    public void AResultWithoutADefinitionIsKeptWithoutAClassAndWithAWarning()
    {
        var report = Parse(Run(Result("""testId="t9" testName="Orphan" """), Definition("t1", "C")));

        var testCase = Assert.Single(report.Cases);
        Assert.Null(testCase.ClassName);
        Assert.Equal(["line 4: test 'Orphan' has no test definition; its class is not known"], report.Warnings.Messages);
    }

    [Fact]
    public void AReportWithoutDefinitionsIsReadWithOneWarning()
    {
        var report = Parse(Run(Result("""testId="t1" testName="A" """) + Result("""testId="t2" testName="B" """)).Replace("<TestDefinitions></TestDefinitions>", string.Empty, StringComparison.Ordinal));

        Assert.Equal(["A", "B"], report.Cases.Select(c => c.Name));
        Assert.All(report.Cases, c => Assert.Null(c.ClassName));
        Assert.Equal(["the report has no TestDefinitions; the class names of its tests are not known"], report.Warnings.Messages);
    }

    [Fact]
    public void AStreamThatCannotSeekIsReadOnceAndResultsBeforeTheDefinitionsLackTheirClass()
    {
        using var stream = RepeatedReportStream.Once(Encoding.UTF8.GetBytes(Run(Results, Definitions)));

        var report = Parse(stream);

        Assert.Equal(["Adds", "Subtracts"], report.Cases.Select(c => c.Name));
        Assert.All(report.Cases, c => Assert.Null(c.ClassName));
        Assert.Equal(
            ["line 4: the results come before any test definitions and the stream cannot be read twice; their class names are not known"],
            report.Warnings.Messages);
    }

    [Fact]
    public void AStreamThatCannotSeekNeedsNoSecondPassWhenTheDefinitionsComeFirst()
    {
        using var stream = RepeatedReportStream.Once(Encoding.UTF8.GetBytes(Run(Results, Definitions, definitionsFirst: true)));

        var report = Parse(stream);

        Assert.Equal(["Calc.Tests.AddTests", "Calc.Tests.SubtractTests"], report.Cases.Select(c => c.ClassName));
        Assert.Empty(report.Warnings.Messages);
    }

    [Fact]
    public void TheSecondPassStartsWhereTheParseStarted()
    {
        var prefix = Encoding.UTF8.GetBytes("not part of the report");
        using var stream = new MemoryStream([.. prefix, .. Encoding.UTF8.GetBytes(Run(Results, Definitions))]);
        stream.Position = prefix.Length;

        var report = Parse(stream);

        Assert.Equal(["Calc.Tests.AddTests", "Calc.Tests.SubtractTests"], report.Cases.Select(c => c.ClassName));
    }

    [Fact]
    public void TheFirstDefinitionOfAnIdWins()
    {
        var testCase = Assert.Single(Parse(Run(Result("""testId="t1" testName="T" """), Definition("t1", "First") + Definition("t1", "Second"))).Cases);

        Assert.Equal("First", testCase.ClassName);
    }

    [Fact]
    public void ADefinitionWithoutAnIdIsIgnoredWithAWarning()
    {
        var report = Parse(Run(Result("""testId="t1" testName="T" """), """<UnitTest name="NoId"><TestMethod className="C" name="NoId" /></UnitTest>""" + Definition("t1", "C")));

        Assert.Equal("C", Assert.Single(report.Cases).ClassName);
        Assert.Contains("line 5: test definition <UnitTest> without an id ignored", report.Warnings.Messages);
    }
}
