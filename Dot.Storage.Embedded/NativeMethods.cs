using System.Runtime.InteropServices;

namespace Dot.Storage.Embedded;

internal static class NativeMethods
{
    /// <summary>POSIX <c>umask</c>: sets the process's file creation mask, returns the previous one.</summary>
    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static extern uint Umask(uint mask);
}
