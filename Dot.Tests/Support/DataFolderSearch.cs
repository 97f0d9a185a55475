using System.Text;

namespace Dot.Tests.Support;

/// <summary>Greps a data folder for a value in clear, the way an attacker with a copy of the folder would.</summary>
public static class DataFolderSearch
{
    /// <summary>The files under <paramref name="folder"/> whose bytes hold <paramref name="value"/> as UTF-8.</summary>
    public static List<string> FilesHolding(string folder, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray().AsSpan().IndexOf(bytes) >= 0;
        }).ToList();
    }
}
