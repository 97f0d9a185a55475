using System.Diagnostics;

namespace Dot.Bench.Results;

/// <summary>The commit the run measured, and whether the work tree had changes on top of it.</summary>
public sealed record SourceVersion(string Commit, bool Dirty)
{
    public static SourceVersion Of(string repositoryRoot)
    {
        var commit = Git(repositoryRoot, "rev-parse", "--short", "HEAD")?.Trim();
        var status = Git(repositoryRoot, "status", "--porcelain", "--untracked-files=no");
        return new SourceVersion(string.IsNullOrEmpty(commit) ? "unknown" : commit, !string.IsNullOrWhiteSpace(status));
    }

    private static string? Git(string folder, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
