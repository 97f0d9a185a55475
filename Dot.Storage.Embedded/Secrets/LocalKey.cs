using System.Security.Cryptography;

namespace Dot.Storage.Embedded.Secrets;

/// <summary>
/// The local key-encryption key: 32 random bytes in one file (mode 600, in a folder of mode 700), made on first use
/// and loaded ever after. Losing the file loses every secret sealed with it: it is backed up with the data folder.
/// </summary>
internal sealed class LocalKey
{
    public const int Size = 32;

    private LocalKey(byte[] material)
    {
        Material = material;
        Id = "local:" + Convert.ToHexStringLower(SHA256.HashData(material).AsSpan(0, 8));
    }

    /// <summary>Names the key in every envelope it wraps, without revealing it: the start of its SHA-256.</summary>
    public string Id { get; }

    public byte[] Material { get; }

    public static LocalKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Create(path);
        }
        var material = File.ReadAllBytes(path);
        return material.Length == Size
            ? new LocalKey(material)
            : throw new InvalidOperationException($"The key file {path} does not hold a {Size}-byte key; restore it from a backup.");
    }

    /// <summary>Writes the new key beside its place and moves it in, so no reader sees half a key and a concurrent first use keeps one key.</summary>
    private static void Create(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        var fresh = $"{path}.{Guid.NewGuid():N}.new";
        using (var file = new FileStream(fresh, fileOptions))
        {
            file.Write(RandomNumberGenerator.GetBytes(Size));
            file.Flush(flushToDisk: true);
        }
        try
        {
            File.Move(fresh, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(fresh);
        }
    }
}
