using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

public sealed class DurationParserTests
{
    private static readonly WarningSubject Subject = WarningSubject.Test("t");

    [Theory]
    [InlineData("1.234", 1.234)]
    [InlineData("0", 0)]
    [InlineData("0.1234567", 0.1234567)]
    [InlineData("1.", 1)]
    [InlineData("12345678901.5", 12345678901.5)]
    [InlineData("6.435", 6.435)]
    [InlineData(" 2.5 ", 2.5)]
    [InlineData("1e-3", 0.001)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("0,5", 0.5)]
    [InlineData("1,234", 1.234)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1.2s", 1.2)]
    [InlineData("12ms", 0.012)]
    [InlineData("12 ms", 0.012)]
    [InlineData("1,5s", 1.5)]
    [InlineData("250us", 0.00025)]
    [InlineData("250µs", 0.00025)]
    [InlineData("3min", 180)]
    [InlineData("2m", 120)]
    [InlineData("1h", 3600)]
    [InlineData("1.5S", 1.5)]
    public void ReadsSecondsAsToolsWriteThem(string value, double expectedSeconds)
    {
        var warnings = new ParseWarnings();

        var duration = DurationParser.Parse(value, warnings, Subject);

        Assert.Equal(TimeSpan.FromTicks((long)Math.Round(expectedSeconds * TimeSpan.TicksPerSecond)), duration);
        Assert.Empty(warnings.Messages);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void MissingIsZeroWithoutAWarning(string? value)
    {
        var warnings = new ParseWarnings();

        var duration = DurationParser.Parse(value, warnings, Subject);

        Assert.Equal(TimeSpan.Zero, duration);
        Assert.Empty(warnings.Messages);
    }

    [Theory]
    [InlineData("NaN", "is not a duration")]
    [InlineData("Infinity", "is not a duration")]
    [InlineData("abc", "is not a duration")]
    [InlineData("1.2.3", "is not a duration")]
    [InlineData("12 parsecs", "is not a duration")]
    [InlineData("s", "is not a duration")]
    [InlineData("-0.5", "is negative")]
    [InlineData("-3ms", "is negative")]
    [InlineData("1e300", "is too large")]
    public void InvalidIsZeroWithAWarning(string value, string problem)
    {
        var warnings = new ParseWarnings();

        var duration = DurationParser.Parse(value, warnings, Subject);

        Assert.Equal(TimeSpan.Zero, duration);
        Assert.Equal([$"time '{value}' of test 't' {problem}; recorded as 0"], warnings.Messages);
    }

    [Fact]
    public void AHugeValueIsQuotedShortInTheWarning()
    {
        var warnings = new ParseWarnings();

        DurationParser.Parse(new string('9', 500) + "x", warnings, Subject);

        Assert.Equal([$"time '{new string('9', 40)}…' of test 't' is not a duration; recorded as 0"], warnings.Messages);
    }

    [Theory]
    [InlineData("00:00:00.0768910", 768_910)]
    [InlineData("00:00:19.0394130", 190_394_130)]
    [InlineData("00:00:01.5", 15_000_000)]
    [InlineData("0:00:01", 10_000_000)]
    [InlineData(" 00:01:00 ", 600_000_000)]
    [InlineData("01:02:03", 37_230_000_000)]
    [InlineData("25:00:00", 900_000_000_000)]
    [InlineData("1.02:03:04.0000001", 937_840_000_001)]
    [InlineData("1.5", 15_000_000)] // no clock: seconds, never 1.5 days
    [InlineData("12ms", 120_000)]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    public void ReadsTimeSpansAsTrxWritesThemExactly(string? value, long expectedTicks)
    {
        var warnings = new ParseWarnings();

        var duration = DurationParser.ParseTimeSpan(value, warnings, Subject);

        Assert.Equal(TimeSpan.FromTicks(expectedTicks), duration);
        Assert.Empty(warnings.Messages);
    }

    [Theory]
    [InlineData("00:61:00")]
    [InlineData("00:00:60")]
    [InlineData("00:00:01.12345678")]
    [InlineData("-00:00:01")]
    [InlineData("00:00")]
    [InlineData("12345678.00:00:00")]
    [InlineData("a:00:00")]
    public void AnInvalidTimeSpanIsZeroWithAWarning(string value)
    {
        var warnings = new ParseWarnings();

        var duration = DurationParser.ParseTimeSpan(value, warnings, Subject);

        Assert.Equal(TimeSpan.Zero, duration);
        Assert.Equal([$"time '{value}' of test 't' is not a duration; recorded as 0"], warnings.Messages);
    }

    [Theory]
    [InlineData(3, 1e-3, 30_000)]
    [InlineData(0, 1e-3, 0)]
    [InlineData(1_250_000, 1e-9, 12_500)]
    [InlineData(2.5e6, 1e-9, 25_000)]
    [InlineData(1.5, 1, 15_000_000)]
    public void ANumberInAUnitIsExact(double value, double secondsPerUnit, long expectedTicks)
    {
        var warnings = new ParseWarnings();

        var duration = DurationParser.FromNumber(value, secondsPerUnit, warnings, Subject);

        Assert.Equal(TimeSpan.FromTicks(expectedTicks), duration);
        Assert.Empty(warnings.Messages);
    }

    [Theory]
    [InlineData(-5, 1e-3, "time -5 of test 't' is negative; recorded as 0")]
    [InlineData(1e300, 1, "time 1E+300 of test 't' is too large; recorded as 0")]
    [InlineData(double.NaN, 1e-3, "time NaN of test 't' is not a duration; recorded as 0")]
    [InlineData(double.PositiveInfinity, 1e-9, "time Infinity of test 't' is not a duration; recorded as 0")]
    public void AnInvalidNumberIsZeroWithAWarning(double value, double secondsPerUnit, string warning)
    {
        var warnings = new ParseWarnings();

        var duration = DurationParser.FromNumber(value, secondsPerUnit, warnings, Subject);

        Assert.Equal(TimeSpan.Zero, duration);
        Assert.Equal([warning], warnings.Messages);
    }
}
