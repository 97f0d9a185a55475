using Dot.Domain.Results;

namespace Dot.Tests.Storage.DuckDb;

/// <summary>An upload's documents that end in a parse error, as a report cut off in the middle would.</summary>
public static class FailingReport
{
    /// <summary><paramref name="count"/> passed results of <paramref name="upload"/>, then the error.</summary>
    public static IEnumerable<TestResultDocument> After(UploadScope upload, int count)
    {
        ArgumentNullException.ThrowIfNull(upload);
        foreach (var result in upload.Results(TestStatus.Passed, count))
        {
            yield return result;
        }
        throw new InvalidDataException("The report ends in the middle of an element.");
    }
}
