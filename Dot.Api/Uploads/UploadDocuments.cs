using Dot.Domain.Reports;
using Dot.Domain.Results;
using Dot.Domain.Uploads;

namespace Dot.Api.Uploads;

/// <summary>
/// Turns the raw files of one upload into test result documents, lazily, counting outcomes and collecting
/// warnings as they stream past; <see cref="CurrentFile"/> says which file a parse error came from.
/// </summary>
public sealed class UploadDocuments(Upload upload, IReadOnlyList<Stream> files, ReportParsers parsers, ReportLimits limits)
{
    public ReportCounter Counter { get; } = new();

    public ParseWarnings Warnings { get; } = new();

    public string? CurrentFile { get; private set; }

    public IEnumerable<TestResultDocument> Read()
    {
        for (var index = 0; index < files.Count; index++)
        {
            var file = upload.Files[index];
            CurrentFile = file.Name;
            foreach (var testCase in parsers.For(file.Format).Parse(files[index], limits, Warnings))
            {
                Counter.Add(testCase);
                yield return ToDocument(testCase);
            }
        }
        CurrentFile = null;
    }

    private TestResultDocument ToDocument(ParsedTestCase testCase) =>
        new(
            upload.TenantId, upload.DatasetId, upload.Id, upload.RunKey, upload.Environment,
            testCase.Suite, testCase.ClassName, testCase.Name, testCase.Status, testCase.Duration.TotalMilliseconds,
            testCase.FailureMessage, testCase.FailureType, testCase.Timestamp ?? upload.ReceivedAt, testCase.Flaky);
}
