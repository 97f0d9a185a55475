using Dot.Domain.Reports;
using Dot.Domain.Results;
using Dot.Domain.WorkItems;

namespace Dot.Domain.Uploads;

/// <summary>
/// Turns the report files of one upload into documents (test results, or work items), lazily, counting per file and
/// in total and collecting warnings as they stream past; <see cref="CurrentFile"/> says which file a parse error came from.
/// </summary>
public sealed class UploadDocuments(Upload upload, RawFileSet files, ReportParsers parsers, ReportLimits limits)
{
    private readonly ReportCounter _total = new();
    private readonly List<UploadFile> _counted = [];

    /// <summary>True when the upload is a tracker export: its documents are work items, not test results.</summary>
    public bool HoldsWorkItems => upload.Files.Count > 0 && upload.Files[0].Format.YieldsWorkItems();

    /// <summary>Every file's warnings, named by file when the upload has several.</summary>
    public ParseWarnings Warnings { get; } = new();

    public string? CurrentFile { get; private set; }

    public ReportCounts Counts => _total.Counts;

    /// <summary>The upload's files with their own counts, once a read has run to the end.</summary>
    public IReadOnlyList<UploadFile> CountedFiles => _counted;

    public IEnumerable<TestResultDocument> ReadTestResults() =>
        ReadFiles(
            (file, stream, warnings) => parsers.ParseTests(file.Format, stream, limits, warnings),
            (counter, testCase) => counter.Add(testCase),
            testCase => new TestResultDocument(
                upload.TenantId, upload.DatasetId, upload.Id, upload.RunKey, upload.Environment,
                testCase.Suite, testCase.ClassName, testCase.Name, testCase.Status, testCase.Duration.TotalMilliseconds,
                testCase.FailureMessage, testCase.FailureType, testCase.Timestamp ?? upload.ReceivedAt, testCase.Flaky, upload.ReceivedAt));

    public IEnumerable<WorkItemDocument> ReadWorkItems() =>
        ReadFiles(
            (_, stream, warnings) => parsers.ParseWorkItems(stream, limits, warnings),
            (counter, _) => counter.AddWorkItem(),
            item => new WorkItemDocument(upload.TenantId, upload.DatasetId, upload.Id, item, upload.ReceivedAt));

    private IEnumerable<TDocument> ReadFiles<TParsed, TDocument>(
        Func<UploadFile, Stream, ParseWarnings, IEnumerable<TParsed>> parse, Action<ReportCounter, TParsed> count, Func<TParsed, TDocument> toDocument)
    {
        foreach (var file in upload.Files)
        {
            CurrentFile = file.Name;
            var counter = new ReportCounter();
            var fileWarnings = new ParseWarnings();
            foreach (var parsed in parse(file, files.Open(file), fileWarnings))
            {
                count(counter, parsed);
                count(_total, parsed);
                yield return toDocument(parsed);
            }
            _counted.Add(file with { Counts = counter.Counts });
            Collect(file, fileWarnings);
        }
        CurrentFile = null;
    }

    private void Collect(UploadFile file, ParseWarnings fileWarnings)
    {
        var prefix = upload.Files.Count > 1 ? file.Name + ": " : string.Empty;
        foreach (var message in fileWarnings.Messages)
        {
            Warnings.Add(prefix + message);
        }
        if (fileWarnings.DroppedCount > 0)
        {
            Warnings.Add($"{prefix}{fileWarnings.DroppedCount} more warnings not kept.");
        }
    }
}
