using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

public sealed class TimestampParserTests
{
    public static TheoryData<string, DateTimeOffset> Readable => new()
    {
        { "2020-09-01T07:11:23.815873", new DateTimeOffset(2020, 9, 1, 7, 11, 23, TimeSpan.Zero).AddTicks(8_158_730) },
        { "2022-12-29T15:34:28", new DateTimeOffset(2022, 12, 29, 15, 34, 28, TimeSpan.Zero) },
        { "2022-12-29T15:34:28Z", new DateTimeOffset(2022, 12, 29, 15, 34, 28, TimeSpan.Zero) },
        { "2022-12-29T15:34:28+02:00", new DateTimeOffset(2022, 12, 29, 15, 34, 28, TimeSpan.FromHours(2)) },
        { "2022-12-29T15:34:28.5-05:00", new DateTimeOffset(2022, 12, 29, 15, 34, 28, 500, TimeSpan.FromHours(-5)) },
        { "2022-12-29T15:34:28+0530", new DateTimeOffset(2022, 12, 29, 15, 34, 28, new TimeSpan(5, 30, 0)) },
        { "2022-12-29 15:34:28", new DateTimeOffset(2022, 12, 29, 15, 34, 28, TimeSpan.Zero) },
        { "2022-12-29T15:34", new DateTimeOffset(2022, 12, 29, 15, 34, 0, TimeSpan.Zero) },
        { "2022-12-29", new DateTimeOffset(2022, 12, 29, 0, 0, 0, TimeSpan.Zero) },
        { "2022-12-29T15:34:28.123456789Z", new DateTimeOffset(2022, 12, 29, 15, 34, 28, TimeSpan.Zero).AddTicks(1_234_568) },
        { "Sat, 03 Dec 2022 23:10:07 GMT", new DateTimeOffset(2022, 12, 3, 23, 10, 7, TimeSpan.Zero) },
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void ReadsIso8601AndTheFormsToolsWrite(string value, DateTimeOffset expected)
    {
        var warnings = new ParseWarnings();

        var timestamp = TimestampParser.Parse(value, warnings, WarningSubject.Suite("s"));

        Assert.Equal(expected, timestamp);
        Assert.Equal(expected.Offset, timestamp!.Value.Offset);
        Assert.Empty(warnings.Messages);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void MissingIsNullWithoutAWarning(string? value)
    {
        var warnings = new ParseWarnings();

        Assert.Null(TimestampParser.Parse(value, warnings, WarningSubject.Suite("s")));
        Assert.Empty(warnings.Messages);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2022-13-45T99:00:00")]
    [InlineData("12")]
    public void UnreadableIsNullWithAWarning(string value)
    {
        var warnings = new ParseWarnings();

        Assert.Null(TimestampParser.Parse(value, warnings, WarningSubject.Suite("s")));
        Assert.Equal([$"timestamp '{value}' of suite 's' is not a date; ignored"], warnings.Messages);
    }
}
