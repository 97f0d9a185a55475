namespace Dot.Tests.Support;

/// <summary>
/// The corpus of real-world reports, kept in the repository under <c>Dot.Tests/Fixtures/reports</c> (with its
/// licence) and copied next to the test assembly by the build. A missing corpus is an error, never a reason to pass.
/// </summary>
public static class ReportFixtures
{
    private static readonly Lazy<string> Located = new(Locate);

    /// <summary>The <c>reports</c> folder; throws with a clear message when it is not there.</summary>
    public static string ReportsDirectory => Located.Value;

    private static string Locate()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "reports");
        return Directory.Exists(path) ? path
            : throw new DirectoryNotFoundException($"The report corpus is missing: expected {path}, copied there from Dot.Tests/Fixtures/reports by the build.");
    }
}
