using System.Globalization;
using System.Text;
using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

public sealed class IsoTimestampTests
{
    private const int GeneratedCount = 100_000;

    public static TheoryData<string, DateTimeOffset> Written => new()
    {
        { "2022-12-29T15:34:28", new DateTimeOffset(2022, 12, 29, 15, 34, 28, TimeSpan.Zero) },
        { "2022-12-29 15:34:28", new DateTimeOffset(2022, 12, 29, 15, 34, 28, TimeSpan.Zero) },
        { "2022-12-29T15:34:28.123", new DateTimeOffset(2022, 12, 29, 15, 34, 28, 123, TimeSpan.Zero) },
        { "2020-09-01T07:11:23.815873Z", new DateTimeOffset(2020, 9, 1, 7, 11, 23, TimeSpan.Zero).AddTicks(8_158_730) },
        { "2022-12-29T15:34:28.1234567+02:00", new DateTimeOffset(2022, 12, 29, 15, 34, 28, TimeSpan.FromHours(2)).AddTicks(1_234_567) },
        { "2022-12-29T15:34:28-0530", new DateTimeOffset(2022, 12, 29, 15, 34, 28, new TimeSpan(-5, -30, 0)) },
        { "2024-02-29T23:59:59+14:00", new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(14)) },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void ReadsTheFormToolsWrite(string text, DateTimeOffset expected)
    {
        Assert.True(IsoTimestamp.TryParse(text, out var timestamp));
        Assert.True(expected.EqualsExact(timestamp), $"{timestamp:O} is not {expected:O}");
    }

    [Theory]
    [InlineData("2022-12-29")]
    [InlineData("2022-12-29T15:34")]
    [InlineData(" 2022-12-29T15:34:28")]
    [InlineData("2022-12-29T15:34:28 ")]
    [InlineData("2022-12-29T15:34:28.123456789Z")]
    [InlineData("2022-12-29T15:34:28.")]
    [InlineData("2022-12-29t15:34:28")]
    [InlineData("2022-12-29T15:34:28z")]
    [InlineData("2022-12-29T15:34:28+02")]
    [InlineData("2023-02-29T15:34:28")]
    [InlineData("2022-12-29T24:00:00")]
    [InlineData("2022-12-29T15:34:60")]
    [InlineData("2022-12-29T15:34:28+14:01")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("Sat, 03 Dec 2022 23:10:07 GMT")]
    public void LeavesEveryOtherFormToTheGeneralParse(string text)
    {
        Assert.False(IsoTimestamp.TryParse(text, out _));
    }

    /// <summary>
    /// The shortcut may only ever say what the general parse says: on many generated timestamps, valid and broken,
    /// whatever it accepts the general parse accepts with the same value and offset, so that the parser with the
    /// shortcut accepts and rejects exactly what it did without it.
    /// </summary>
    [Fact]
    public void AgreesWithTheGeneralParseOnGeneratedTimestamps()
    {
        var random = new Random(20250601);
        var readByShortcut = 0;
        for (var i = 0; i < GeneratedCount; i++)
        {
            var text = GeneratedTimestamp(random);
            var general = TimestampParser.TryParseAnyForm(text, out var expected);
            if (IsoTimestamp.TryParse(text, out var timestamp))
            {
                readByShortcut++;
                Assert.True(general, $"'{text}': read by the shortcut, refused by the general parse");
                Assert.True(expected.EqualsExact(timestamp), $"'{text}': {timestamp:O} by the shortcut, {expected:O} by the general parse");
            }

            Assert.Equal(general, TimestampParser.TryParse(text, out _));
        }

        Assert.InRange(readByShortcut, GeneratedCount / 5, GeneratedCount);
    }

    private static string GeneratedTimestamp(Random random)
    {
        var text = new StringBuilder()
            .Append(Number(random, OneIn(random, 10) ? random.Next(3, 6) : 4, Field(random, 1, 9999, 0)))
            .Append('-').Append(Number(random, 2, Field(random, 1, 12, 13)))
            .Append('-').Append(Number(random, 2, Field(random, 1, 31, 32)))
            .Append(Pick(random, "T", "T", "T", "T", "T", " ", " ", "t", "x"))
            .Append(Number(random, 2, Field(random, 0, 23, 24)))
            .Append(':').Append(Number(random, 2, Field(random, 0, 59, 60)))
            .Append(':').Append(Number(random, 2, Field(random, 0, 59, 60)))
            .Append(Fraction(random))
            .Append(Offset(random))
            .ToString();
        return random.Next(16) switch
        {
            0 => text[..random.Next(text.Length + 1)],
            1 => string.Concat(Pick(random, " ", "\t"), text, Pick(random, " ", string.Empty)),
            2 => text.Remove(random.Next(text.Length), 1).Insert(random.Next(text.Length - 1), Pick(random, "0", "9", ":", "-", ".", "+", "Z", " ")),
            _ => text,
        };
    }

    private static string Fraction(Random random) => random.Next(10) switch
    {
        0 => ".",
        < 4 => string.Empty,
        _ => "." + Number(random, random.Next(1, 10), random.Next()),
    };

    private static string Offset(Random random)
    {
        var sign = Pick(random, "+", "-");
        var hours = Number(random, 2, OneIn(random, 4) ? 14 : Field(random, 0, 14, 15));
        var minutes = Number(random, 2, OneIn(random, 3) ? 0 : Field(random, 0, 59, 60));
        return random.Next(8) switch
        {
            0 => string.Empty,
            1 => "Z",
            2 => "z",
            3 => sign + hours + minutes,
            4 => sign + hours,
            _ => sign + hours + ":" + minutes,
        };
    }

    /// <summary>A value from <paramref name="min"/> to <paramref name="max"/>, or, one time in forty, <paramref name="outOfRange"/>.</summary>
    private static int Field(Random random, int min, int max, int outOfRange) =>
        OneIn(random, 40) ? outOfRange : random.Next(min, max + 1);

    /// <summary>The last <paramref name="digits"/> digits of <paramref name="value"/>, zero-padded.</summary>
    private static string Number(Random random, int digits, int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
        return OneIn(random, 200) ? text[..^1] : text[^digits..];
    }

    private static bool OneIn(Random random, int n) => random.Next(n) == 0;

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
