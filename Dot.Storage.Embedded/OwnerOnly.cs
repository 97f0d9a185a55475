namespace Dot.Storage.Embedded;

/// <summary>
/// The data folder and everything in it are its owner's alone: folders 700, files 600, created so rather than
/// narrowed afterwards. Files a library creates itself later (DuckDB's write-ahead log and spill files) are covered by
/// narrowing the process's file creation mask to 077 once the embedded stores open.
/// </summary>
internal static class OwnerOnly
{
    private const UnixFileMode FolderPermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/> and any missing parent as 700, and narrows the creation mask.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        _ = NativeMethods.Umask(0b000_111_111);
        Directory.CreateDirectory(path, FolderPermissions);
    }

    /// <summary>Options that create a file as 600.</summary>
    public static FileStreamOptions NewFileOptions(FileMode mode, FileAccess access)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = FileShare.None, BufferSize = 64 * 1024, Options = System.IO.FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FilePermissions;
        }
        return options;
    }

    /// <summary>Creates an empty file as 600 unless it exists, so that a library opening it later keeps that mode.</summary>
    public static void CreateFile(string path)
    {
        using var file = new FileStream(path, NewFileOptions(FileMode.OpenOrCreate, FileAccess.Write));
    }

    /// <summary>Narrows files another program made wider (a database file of an earlier version, say) to 600.</summary>
    public static void Restrict(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        foreach (var path in paths.Where(File.Exists))
        {
            File.SetUnixFileMode(path, FilePermissions);
        }
    }
}
