using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>The GraphQL examples of README.md, read from it so that a test notices when one stops working.</summary>
public static class ReadmeExamples
{
    /// <summary>The first <c>graphql</c> block of the "Dashboard queries" section.</summary>
    public static string DashboardQuery()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var section = readme.IndexOf("\n## Dashboard queries", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no 'Dashboard queries' section.");
        var start = readme.IndexOf("```graphql\n", section, StringComparison.Ordinal) + "```graphql\n".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return readme[start..end];
    }
}
