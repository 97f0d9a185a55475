using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Dot.Bench.Api;
using Dot.Bench.Generation;
using Dot.Bench.Results;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// One large JUnit report posted to a fresh API process: its resident memory at idle (after start-up, a token, a
/// dataset and one small warm-up upload) and at its peak while the report is received, parsed and stored, and for
/// <see cref="AfterUpload"/> after that, when the rollups of its days are computed again (decision 0018). The peak
/// is the larger of VmRSS sampled every few milliseconds and the kernel's own high-water mark (VmHWM), reset to the
/// idle value just before the post where the kernel allows it. A second case posts a report with one huge attribute,
/// which the API refuses: what refusing it costs.
/// </summary>
internal static class MemoryBenchmark
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(5);

    // The API's rollup delay (one second by default) and the recompute of the report's day, with room to spare.
    private static readonly TimeSpan AfterUpload = TimeSpan.FromSeconds(15);

    public static async Task<MemoryMeasurement> RunAsync(string apiDll, IReadOnlyDictionary<string, string> apiEnvironment, long reportBytes, ulong seed, TextWriter log, CancellationToken cancellationToken)
    {
        var catalog = TestCatalog.Create(seed, Workloads.CatalogSuites);
        long results = 0;
        return await MeasureAsync(
            apiDll,
            apiEnvironment,
            catalog,
            output =>
            {
                results = Workloads.WriteLarge(output, catalog, reportBytes);
                log.WriteLine($"[memory] generated one report: {output.Length / 1e6:F0} MB, {results:N0} results");
            },
            async (client, uploadToken, content) =>
            {
                var counted = await client.UploadAsync(uploadToken, content, null, cancellationToken);
                return counted == results ? counted : throw new InvalidOperationException($"The upload counted {counted} tests; the generator wrote {results}.");
            },
            cancellationToken);
    }

    /// <summary>
    /// A JUnit report whose one failure message is <paramref name="attributeBytes"/> long, more than the parsers'
    /// tag limit: the API must refuse it (422) without holding the attribute. The measurement counts no results.
    /// </summary>
    public static async Task<MemoryMeasurement> RunHugeAttributeAsync(string apiDll, IReadOnlyDictionary<string, string> apiEnvironment, long attributeBytes, ulong seed, TextWriter log, CancellationToken cancellationToken) =>
        await MeasureAsync(
            apiDll,
            apiEnvironment,
            TestCatalog.Create(seed, Workloads.CatalogSuites),
            output =>
            {
                WriteHugeAttributeReport(output, attributeBytes);
                log.WriteLine($"[memory] generated one report with a {attributeBytes / 1e6:F0} MB attribute");
            },
            async (client, uploadToken, content) =>
            {
                var refusal = await client.UploadRefusedAsync(uploadToken, content, cancellationToken);
                log.WriteLine($"[memory] refused as expected: {refusal}");
                return 0;
            },
            cancellationToken);

    /// <summary>
    /// Writes the report with <paramref name="write"/>, starts a fresh API, warms it up, and returns its idle and peak
    /// resident memory around <paramref name="post"/> (which returns the results the upload counted).
    /// </summary>
    private static async Task<MemoryMeasurement> MeasureAsync(
        string apiDll,
        IReadOnlyDictionary<string, string> apiEnvironment,
        TestCatalog catalog,
        Action<FileStream> write,
        Func<DotApiClient, string, HttpContent, Task<long>> post,
        CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dot-bench-{Guid.NewGuid():N}.xml");
        try
        {
            await using (var output = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(output);
            }
            var size = new FileInfo(file).Length;

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
            long results;
            await using (var body = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
            {
                var content = new StreamContent(body, 1 << 16);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
                content.Headers.ContentLength = size;
                results = await post(client, uploadToken, content);
            }
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await Task.Delay(AfterUpload, cancellationToken);
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

    private static void WriteHugeAttributeReport(Stream output, long attributeBytes)
    {
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"bench\" tests=\"1\">\n  <testcase classname=\"bench.Huge\" name=\"attribute\">\n    <failure message=\""u8);
        var chunk = new byte[1 << 16];
        Array.Fill(chunk, (byte)'x');
        for (var left = attributeBytes; left > 0; left -= chunk.Length)
        {
            output.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
        }
        output.Write("\"/>\n  </testcase>\n</testsuite>\n"u8);
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
