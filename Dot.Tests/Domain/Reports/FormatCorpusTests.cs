namespace Dot.Tests.Domain.Reports;

/// <summary>
/// The corpus checks every format found by detection shares (<see cref="FormatCorpus"/>). Each format's corpus test
/// class derives from this one and adds the per-file theory (xUnit looks up member data on the declaring class).
/// </summary>
public abstract class FormatCorpusTests
{
    internal abstract FormatCorpus Corpus { get; }

    /// <summary>How many reports of the format with oracle counts the corpus holds at least.</summary>
    protected abstract int MinimumFilesWithCounts { get; }

    [Fact]
    public void RejectsWhatTheOracleCouldNotReadOrWeRefuse() => Assert.All(Corpus.FilesToReject(), Corpus.AssertRejected);

    [Fact]
    public void EveryListedDifferenceIsCurrent() => Corpus.AssertDifferencesAreCurrent();

    [Fact]
    public void EveryReportInTheFormatsFolderIsTested() => Corpus.AssertHomeFoldersAreCovered();

    [Fact]
    public void TheCorpusIsPresent()
    {
        var count = Corpus.FilesWithCounts().Count;

        Assert.True(count >= MinimumFilesWithCounts, $"expected at least {MinimumFilesWithCounts} reports with counts, found {count}");
    }
}
