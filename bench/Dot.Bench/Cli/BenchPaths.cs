using System.Reflection;

namespace Dot.Bench.Cli;

/// <summary>Where the repository is, found from this assembly, and the API host build of the same configuration.</summary>
public static class BenchPaths
{
    public static string Root { get; } = FindRoot();

    public static string DefaultApiDll
    {
        get
        {
            var configuration = typeof(BenchPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
            return Path.Combine(Root, "bench", "Dot.Bench.Host", "bin", configuration, "net10.0", "Dot.Bench.Host.dll");
        }
    }

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
