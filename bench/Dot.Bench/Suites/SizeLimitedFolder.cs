using System.Diagnostics;

namespace Dot.Bench.Suites;

/// <summary>
/// A tmpfs mounted on a temp folder with a size limit, so a disk can fill up without filling the machine's; it can
/// grow while mounted and is unmounted on dispose. Mounting needs root: <see cref="TryMountAsync"/> says why it could not.
/// </summary>
internal sealed class SizeLimitedFolder : IAsyncDisposable
{
    private SizeLimitedFolder(string path) => Path = path;

    public string Path { get; }

    public static async Task<(SizeLimitedFolder? Folder, string? Failure)> TryMountAsync(int megabytes)
    {
        var path = Directory.CreateTempSubdirectory("dot-full-").FullName;
        var failure = await RunAsync("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0700", "tmpfs", path);
        if (failure is null)
        {
            return (new SizeLimitedFolder(path), null);
        }
        Directory.Delete(path);
        return (null, $"mount -t tmpfs failed ({failure.Trim()}); the scenario needs root");
    }

    public async Task GrowAsync(int megabytes)
    {
        if (await RunAsync("mount", "-o", $"remount,size={megabytes}m", Path) is { } failure)
        {
            throw new InvalidOperationException($"Could not grow {Path}: {failure}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync("umount", Path);
        Directory.Delete(Path, recursive: true);
    }

    /// <summary>Runs a command; null when it succeeded, else what it wrote to standard error.</summary>
    private static async Task<string?> RunAsync(string command, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, UseShellExecute = false })!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? null : error;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return exception.Message;
        }
    }
}
