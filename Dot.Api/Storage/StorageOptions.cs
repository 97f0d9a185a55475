using System.ComponentModel.DataAnnotations;

namespace Dot.Api.Storage;

public enum StorageMode
{
    Embedded,
    Aws,
}

/// <summary>The <c>Storage</c> section: which adapters serve the ports.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageMode Mode { get; set; } = StorageMode.Embedded;

    [Required]
    public EmbeddedStorageOptions Embedded { get; set; } = new();
}

/// <summary>The <c>Storage:Embedded</c> section: one folder holds every embedded store.</summary>
public sealed class EmbeddedStorageOptions
{
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = ".dot-data";

    /// <summary>The folder as an absolute path, relative paths taken from the working directory.</summary>
    public string FullPath => System.IO.Path.GetFullPath(Path);
}
