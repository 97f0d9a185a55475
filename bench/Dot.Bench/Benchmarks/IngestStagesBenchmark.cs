using System.Security.Cryptography;
using Dot.Domain.Intake;
using Dot.Bench.Generation;
using Dot.Bench.Load;
using Dot.Bench.Results;
using Dot.Domain.Reports;
using Dot.Domain.Results;
using Dot.Domain.Uploads;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using Dot.Storage.Embedded.FileSystem;
using Microsoft.Extensions.Options;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// The ingest stages alone, in this process, on the reports the ingest benchmark sent, each stage over all of them
/// on one thread with the API's own classes: raw store (hash, write, fsync), JUnit parser, DuckDB replace (the
/// store's transaction per upload), and DuckDB's appender alone. Run while no API process competes for the cores.
/// </summary>
internal static class IngestStagesBenchmark
{
    private const string TenantId = "tnt_bench";
    private const string DatasetId = "dst_bench";

    public static async Task<IngestStages> RunAsync(IReadOnlyList<GeneratedReport> reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var folder = Directory.CreateTempSubdirectory("dot-bench-stages-").FullName;
        try
        {
            var raw = await CpuClock.TimeAsync(() => StoreRawAsync(reports, Path.Combine(folder, "raw-store"), cancellationToken));
            var parse = await CpuClock.TimeAsync(() => Task.FromResult(reports.Sum(r => ParseInput.ParseAll(r.Bytes))));
            var documents = reports.Select((r, i) => Documents(r, UploadIdOf(i))).ToList();
            var appender = await CpuClock.TimeAsync(() => Task.FromResult(AppendAlone(documents, Path.Combine(folder, "appender"), cancellationToken)));
            var index = await CpuClock.TimeAsync(() => IndexAsync(documents, Path.Combine(folder, "index"), cancellationToken));
            var withoutRunKeys = documents.Select(batch => batch.Select(d => d with { RunKey = null }).ToList()).ToList();
            var indexWithoutRunKey = await CpuClock.TimeAsync(() => IndexAsync(withoutRunKeys, Path.Combine(folder, "index-no-run"), cancellationToken));
            return new IngestStages(documents.Sum(d => (long)d.Count), raw, parse, index, indexWithoutRunKey, appender);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task StoreRawAsync(IReadOnlyList<GeneratedReport> reports, string folder, CancellationToken cancellationToken)
    {
        var store = new FileSystemRawStore(Storage(folder));
        for (var i = 0; i < reports.Count; i++)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using var body = new MemoryStream(reports[i].Bytes, writable: false);
            var metered = new MeteredReadStream(body, hash, new UploadBudget(long.MaxValue), ReportFormatDetector.HeadLength);
            await store.WriteAsync(new RawFileKey(TenantId, DatasetId, UploadIdOf(i), 0), metered, cancellationToken);
            hash.GetHashAndReset();
        }
    }

    private static async Task IndexAsync(List<List<TestResultDocument>> documents, string folder, CancellationToken cancellationToken)
    {
        await using var store = new DuckDbAnalyticsStore(Storage(folder));
        for (var i = 0; i < documents.Count; i++)
        {
            await store.ReplaceUploadResultsAsync(TenantId, UploadIdOf(i), documents[i], cancellationToken);
        }
    }

    /// <summary>The store's own appender code, every upload in one transaction: no delete, no supersession.</summary>
    private static long AppendAlone(List<List<TestResultDocument>> documents, string folder, CancellationToken cancellationToken)
    {
        using var database = new DuckDbDatabase(Storage(folder).Value);
        using var connection = database.Open();
        return connection.InTransaction(() => documents.Select((batch, i) => DuckDbAppending.Append(
            connection, DuckDbSchema.TestResults, TenantId, UploadIdOf(i), batch, DuckDbResultRows.OwnerOf, DuckDbResultRows.Append, cancellationToken)).Sum());
    }

    /// <summary>The documents the upload worker would make of a report (as UploadDocuments does), kept in memory.</summary>
    private static List<TestResultDocument> Documents(GeneratedReport report, string uploadId)
    {
        var receivedAt = report.Plan.StartedAt.AddHours(1);
        using var stream = new MemoryStream(report.Bytes, writable: false);
        return new JUnitXmlParser().Parse(stream, ReportLimits.Default, new ParseWarnings())
            .Select(c => new TestResultDocument(
                TenantId, DatasetId, uploadId, report.Plan.RunKey, null, c.Suite, c.ClassName, c.Name, c.Status, c.Duration.TotalMilliseconds,
                c.FailureMessage, c.FailureType, c.Timestamp ?? receivedAt, c.Flaky, receivedAt))
            .ToList();
    }

    private static IOptions<EmbeddedStorageOptions> Storage(string folder) =>
        Options.Create(new EmbeddedStorageOptions { Path = folder });

    private static string UploadIdOf(int index) => $"upl_bench{index:D6}";
}
