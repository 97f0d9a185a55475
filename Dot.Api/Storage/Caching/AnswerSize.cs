using System.Collections;
using Dot.Domain.Analytics;

namespace Dot.Api.Storage.Caching;

/// <summary>
/// An estimate of the memory a cached answer holds, in bytes: a fixed cost per row plus the characters of the texts
/// it carries (names, keys, failure messages of up to 8 KB). Close enough to bound the cache by memory rather than
/// by a count of answers whose sizes differ a thousandfold.
/// </summary>
public static class AnswerSize
{
    private const long PerRow = 128;

    public static long Of(object? answer) => answer switch
    {
        null => PerRow,
        IEnumerable rows and not string => rows.Cast<object?>().Sum(RowOf),
        _ => RowOf(answer),
    };

    private static long RowOf(object? row) => PerRow + 2 * row switch
    {
        AggregateBucket bucket => bucket.Key.Sum(Length) + bucket.Values.Values.OfType<string>().Sum(Length),
        FlakyTest flaky => Length(flaky.Test.Suite) + Length(flaky.Test.ClassName) + Length(flaky.Test.Name),
        DefectGroup group => Length(group.Key),
        _ => 0,
    };

    private static long Length(string? text) => text?.Length ?? 0;
}
