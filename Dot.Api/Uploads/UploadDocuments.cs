using Dot.Domain.Reports;
using Dot.Domain.Results;
using Dot.Domain.Uploads;

namespace Dot.Api.Uploads;

/// <summary>
/// Turns the report files of one upload into test result documents, lazily, counting outcomes per file and in
/// total and collecting warnings as they stream past; <see cref="CurrentFile"/> says which file a parse error came from.
/// </summary>
public sealed class UploadDocuments(Upload upload, RawFileSet files, ReportParsers parsers, ReportLimits limits)
{
    private readonly ReportCounter _total = new();
    private readonly List<UploadFile> _counted = [];

    /// <summary>Every file's warnings, named by file when the upload has several.</summary>
    public ParseWarnings Warnings { get; } = new();

    public string? CurrentFile { get; private set; }

    public ReportCounts Counts => _total.Counts;

    /// <summary>The upload's files with their own counts, once <see cref="Read"/> has run to the end.</summary>
    public IReadOnlyList<UploadFile> CountedFiles => _counted;

    public IEnumerable<TestResultDocument> Read()
    {
        foreach (var file in upload.Files)
        {
            CurrentFile = file.Name;
            var counter = new ReportCounter();
            var fileWarnings = new ParseWarnings();
            foreach (var testCase in parsers.For(file.Format).Parse(files.Open(file), limits, fileWarnings))
            {
                counter.Add(testCase);
                _total.Add(testCase);
                yield return ToDocument(testCase);
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

    private TestResultDocument ToDocument(ParsedTestCase testCase) =>
        new(
            upload.TenantId, upload.DatasetId, upload.Id, upload.RunKey, upload.Environment,
            testCase.Suite, testCase.ClassName, testCase.Name, testCase.Status, testCase.Duration.TotalMilliseconds,
            testCase.FailureMessage, testCase.FailureType, testCase.Timestamp ?? upload.ReceivedAt, testCase.Flaky, upload.ReceivedAt);
}
