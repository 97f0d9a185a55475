using Dot.Domain.Analytics;
using Dot.Domain.Results;

namespace Dot.Tests.Domain.Analytics;

public sealed class TestResultCursorTests
{
    private static readonly TestResultHit Hit = new(
        new TestResultDocument("ten_1", "dst_1", "upl_1", null, null, "s", "c", "name | with | bars", TestStatus.Passed, 12.345678901234,
            null, null, new DateTimeOffset(2025, 6, 2, 12, 0, 0, 123, TimeSpan.Zero), false, DateTimeOffset.UnixEpoch),
        Ordinal: 7);

    [Theory]
    [InlineData(ResultSortField.Timestamp, SortDirection.Descending)]
    [InlineData(ResultSortField.Duration, SortDirection.Ascending)]
    [InlineData(ResultSortField.Name, SortDirection.Descending)]
    public void EncodeThenDecode_GivesTheSameCursor(ResultSortField field, SortDirection direction)
    {
        var sort = new ResultSort(field, direction);
        var cursor = TestResultCursor.After(Hit, sort);

        Assert.Equal(cursor, TestResultCursor.Decode(cursor.Encode(), sort));
    }

    [Fact]
    public void Decode_ACursorOfAnotherOrder_IsNull()
    {
        var text = TestResultCursor.After(Hit, ResultSort.Newest).Encode();

        Assert.Null(TestResultCursor.Decode(text, new ResultSort(ResultSortField.Timestamp, SortDirection.Ascending)));
        Assert.Null(TestResultCursor.Decode(text, new ResultSort(ResultSortField.Duration, SortDirection.Descending)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("bm9wZQ==")]
    [InlineData("MHwxfHVwbF8xfC0xfDU=")] // a negative position
    [InlineData("MHwxfHVwbF8xfDd8eA==")] // a timestamp that is not a number
    public void Decode_TextThatIsNotACursor_IsNull(string? text)
    {
        Assert.Null(TestResultCursor.Decode(text, ResultSort.Newest));
    }
}
