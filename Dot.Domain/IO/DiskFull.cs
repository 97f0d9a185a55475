namespace Dot.Domain.IO;

/// <summary>
/// Tells a failure caused by a full disk from any other, whichever store raised it: the file system's
/// <see cref="IOException"/> with <c>ENOSPC</c>, SQLite's "database or disk is full", or DuckDB's I/O error quoting the
/// operating system. A full disk is the server's to fix and the client's to retry, not a broken request or upload.
/// </summary>
public static class DiskFull
{
    private const int NoSpaceErrno = 28;
    private static readonly string[] Sentences = ["No space left on device", "database or disk is full"];

    public static bool Caused(Exception? failure) =>
        ExceptionChain.Any(failure, current =>
            current is IOException { HResult: NoSpaceErrno } || Sentences.Any(s => current.Message.Contains(s, StringComparison.OrdinalIgnoreCase)));
}
