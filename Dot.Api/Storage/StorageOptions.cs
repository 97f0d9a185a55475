using System.ComponentModel.DataAnnotations;
using Dot.Storage.Embedded;
using Microsoft.Extensions.Options;

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
    [ValidateObjectMembers]
    public EmbeddedStorageOptions Embedded { get; set; } = new();
}
