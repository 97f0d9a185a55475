using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Dot.Bench.Api;
using Dot.Bench.Generation;
using Dot.Bench.Results;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// One large JUnit report posted to a fresh API process: its resident memory at idle (after start-up, a token, a
/// dataset and one small warm-up upload) and at its peak while the report is received, parsed and stored. The peak
/// is the larger of VmRSS sampled every few milliseconds and the kernel's own high-water mark (VmHWM), reset to the
/// idle value just before the post where the kernel allows it.
/// </summary>
internal static class MemoryBenchmark
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(5);

    public static async Task<MemoryMeasurement> RunAsync(string apiDll, IReadOnlyDictionary<string, string> apiEnvironment, long reportBytes, ulong seed, TextWriter log, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dot-bench-{Guid.NewGuid():N}.xml");
        try
        {
            var catalog = TestCatalog.Create(seed, Workloads.CatalogSuites);
            long results;
            await using (var output = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                results = Workloads.WriteLarge(output, catalog, reportBytes);
            }
            var size = new FileInfo(file).Length;
            log.WriteLine($"[memory] generated one report: {size / 1e6:F0} MB, {results:N0} results");

            var settings = new Dictionary<string, string>(apiEnvironment)
            {
                ["Uploads:MaxBytes"] = (size + (64L << 20)).ToString(CultureInfo.InvariantCulture),
            };
            await using var api = await ApiProcess.StartAsync(apiDll, settings, cancellationToken);
            using var client = await DotApiClient.ConnectAsync(api.BaseUri, cancellationToken);
            var uploadToken = await client.CreateUploadTokenAsync(await client.CreateDatasetAsync("bench-memory", cancellationToken), cancellationToken);
            var warmUp = Workloads.Generate(catalog, Workloads.Plan(catalog, 2000)[0]);
            await client.UploadAsync(uploadToken, new ByteArrayContent(warmUp.Bytes), "warm-up", cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            var idle = await IdleRssAsync(api.Id, cancellationToken);

            var kernelPeak = ProcStatus.TryResetPeak(api.Id);
            using var sampling = new CancellationTokenSource();
            var sampler = SamplePeakAsync(api.Id, sampling.Token);
            var started = Stopwatch.GetTimestamp();
            await using (var body = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
            {
                var content = new StreamContent(body, 1 << 16);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
                content.Headers.ContentLength = size;
                var counted = await client.UploadAsync(uploadToken, content, null, cancellationToken);
                if (counted != results)
                {
                    throw new InvalidOperationException($"The upload counted {counted} tests; the generator wrote {results}.");
                }
            }
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await sampling.CancelAsync();
            var sampled = await sampler;
            var peak = kernelPeak ? Math.Max(sampled, ProcStatus.Read(api.Id).Peak) : sampled;
            return new MemoryMeasurement(size, results, seconds, idle, peak, kernelPeak);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The median of ten VmRSS samples over one second.</summary>
    private static async Task<long> IdleRssAsync(int pid, CancellationToken cancellationToken)
    {
        var samples = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            samples.Add(ProcStatus.Read(pid).Rss);
            await Task.Delay(100, cancellationToken);
        }
        return samples.Order().ElementAt(samples.Count / 2);
    }

    private static async Task<long> SamplePeakAsync(int pid, CancellationToken cancellationToken)
    {
        long peak = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            peak = Math.Max(peak, ProcStatus.Read(pid).Rss);
            try
            {
                await Task.Delay(SampleInterval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return Math.Max(peak, ProcStatus.Read(pid).Rss);
    }
}
