using System.Diagnostics;
using Dot.Bench.Api;
using Dot.Bench.Generation;
using Dot.Bench.Results;

namespace Dot.Bench.Load;

/// <summary>
/// A CI client on a fixed pace: report i is posted at i × interval after the start (or later, when
/// <see cref="MaxInFlight"/> posts are still waiting for their answer), each with its run key and <c>?wait=</c>
/// until it is stored. Throughput runs from the first post to the last answer, so falling behind lowers it; a refused
/// or failed upload counts as an error and stores nothing.
/// </summary>
internal static class PacedUploads
{
    public const int MaxInFlight = 8;

    public static async Task<UploadPace> RunAsync(
        DotApiClient client, string uploadToken, IReadOnlyList<IUploadableReport> reports, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(reports);
        using var slots = new SemaphoreSlim(MaxInFlight);
        var latencies = new long[reports.Count];
        long results = 0;
        long errors = 0;
        var started = Stopwatch.GetTimestamp();

        async Task PostAsync(int index)
        {
            try
            {
                var sent = Stopwatch.GetTimestamp();
                var report = reports[index];
                var stored = await client.UploadAsync(uploadToken, report.CreateContent(), report.Plan.RunKey, cancellationToken);
                latencies[index] = Stopwatch.GetTimestamp() - sent;
                Interlocked.Add(ref results, stored);
            }
            catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                latencies[index] = -1;
                Interlocked.Increment(ref errors);
            }
            finally
            {
                slots.Release();
            }
        }

        var posts = new List<Task>(reports.Count);
        for (var i = 0; i < reports.Count; i++)
        {
            var due = interval * i - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }
            await slots.WaitAsync(cancellationToken);
            posts.Add(PostAsync(i));
        }
        await Task.WhenAll(posts);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new UploadPace(interval.TotalMilliseconds, results, LoadResult.From(1, [.. latencies.Where(l => l >= 0)], errors, seconds, null));
    }
}
