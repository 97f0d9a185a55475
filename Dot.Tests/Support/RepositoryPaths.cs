namespace Dot.Tests.Support;

/// <summary>Where the repository and the shared fixtures are, found from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dot.GraphQL.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Dot.GraphQL.sln above {AppContext.BaseDirectory}.");
    }
}
