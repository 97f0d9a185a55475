namespace Dot.Tests.Support;

/// <summary>
/// Finds the shared corpus of real-world reports: <c>$DOT_FIXTURES_DIR</c> when set (the <c>fixtures</c> folder or
/// its <c>reports</c> folder), otherwise <c>../shared/fixtures/reports</c> beside the folder that holds
/// <c>Dot.GraphQL.sln</c> (CI clones the repository next to a copy of <c>shared/</c>).
/// A missing corpus is an error, never a reason to pass.
/// </summary>
public static class ReportFixtures
{
    public const string DirectoryVariable = "DOT_FIXTURES_DIR";

    private static readonly Lazy<string> Located = new(Locate);

    /// <summary>The <c>reports</c> folder; throws with a clear message when it cannot be found.</summary>
    public static string ReportsDirectory => Located.Value;

    private static string Locate()
    {
        var overridden = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            var reports = Path.Combine(overridden, "reports");
            return Directory.Exists(reports) ? reports
                : Directory.Exists(overridden) ? overridden
                : throw new DirectoryNotFoundException(
                    $"{DirectoryVariable} is set to '{overridden}', but neither it nor its 'reports' folder exists.");
        }

        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "Dot.GraphQL.sln")))
        {
            repository = repository.Parent;
        }

        if (repository is null)
        {
            throw new DirectoryNotFoundException(
                $"No folder above {AppContext.BaseDirectory} holds Dot.GraphQL.sln, so the report corpus cannot be found; set {DirectoryVariable}.");
        }

        var path = Path.GetFullPath(Path.Combine(repository.FullName, "..", "shared", "fixtures", "reports"));
        return Directory.Exists(path) ? path
            : throw new DirectoryNotFoundException(
                $"The report corpus is missing: expected {path} (a copy of shared/ beside the repository), or set {DirectoryVariable}.");
    }
}
