using System.IO.Compression;

namespace Dot.Tests.Support;

/// <summary>Gzip streams built in memory for upload tests, as <c>gzip -c</c> makes them.</summary>
public static class GzipFiles
{
    public static byte[] Make(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }
        return buffer.ToArray();
    }
}
