using System.IO.Compression;

namespace Dot.Tests.Support;

/// <summary>Zip archives built in memory for upload tests.</summary>
public static class ZipArchives
{
    public static byte[] Make(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
