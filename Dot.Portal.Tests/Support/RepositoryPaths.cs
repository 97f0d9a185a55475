namespace Dot.Portal.Tests.Support;

/// <summary>Where the repository, the built hosts and the test artifacts are, found from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the configuration these tests were built in, and so the hosts too.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>Screenshots of every page the end-to-end tests visit (git-ignored).</summary>
    public static string Screenshots { get; } = Path.Combine(Root, "TestResults", "portal");

    public static string HostAssembly(string project) =>
        Path.Combine(Root, project, "bin", Configuration, "net10.0", project + ".dll");

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
