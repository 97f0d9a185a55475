using System.Globalization;

namespace Dot.Api.Connectors;

/// <summary>
/// The run of a review connector whose store lists reviews newest first: pages are read until one holds a review
/// older than the cursor (the newest review stored by an earlier run) or there is no next page. Each raw page is kept
/// under the run and its reviews upserted; the cursor moves once every page is stored, so a run that stops half-way
/// is fetched again from the top next time, which upserts by review id make harmless.
/// </summary>
public static class NewestFirstReviews
{
    /// <summary>Most pages one run reads: a store that keeps answering a next page cannot hold a run forever.</summary>
    public const int MaxPages = 1000;

    /// <summary>Runs <paramref name="readPage"/> from the first page (a null next reference) on, as the type says.</summary>
    public static async Task FetchAsync(ConnectorRunContext run, Func<string?, CancellationToken, Task<ReviewPage>> readPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(readPage);
        var since = run.Cursor is { } cursor ? DateTimeOffset.Parse(cursor, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var newest = since;
        string? next = null;
        for (var number = 0; number < MaxPages; number++)
        {
            var page = await readPage(next, cancellationToken);
            var fresh = page.Reviews.Where(r => since is null || r.ReviewedAt >= since).ToList();
            await run.StoreReviewsAsync(number, page.Body, fresh, cancellationToken);
            newest = fresh.Select(r => (DateTimeOffset?)r.ReviewedAt).Append(newest).Max();
            if (fresh.Count < page.Reviews.Count || page.Next is null || page.Next == next)
            {
                await run.MoveCursorAsync(newest?.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
                return;
            }
            next = page.Next;
        }
        throw new ConnectorException($"The store kept answering a next page after {MaxPages} pages; the run stopped and the cursor did not move.");
    }
}
