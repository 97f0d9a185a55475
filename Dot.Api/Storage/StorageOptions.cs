using System.ComponentModel.DataAnnotations;
using Dot.Storage.Aws;
using Dot.Storage.Embedded;
using Microsoft.Extensions.Options;

namespace Dot.Api.Storage;

public enum StorageMode
{
    Embedded,
    Aws,
}

/// <summary>
/// The <c>Storage</c> section: which adapters serve the ports. <see cref="Mode"/> picks for every store; each of
/// <see cref="Config"/>, <see cref="Raw"/>, <see cref="Secrets"/> and <see cref="Analytics"/> overrides it for one.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageMode Mode { get; set; } = StorageMode.Embedded;

    /// <summary>Tenants, datasets, tokens, uploads, the job queue, connectors and runs.</summary>
    public StorageMode? Config { get; set; }

    /// <summary>The raw report files.</summary>
    public StorageMode? Raw { get; set; }

    /// <summary>The key that seals connector secrets.</summary>
    public StorageMode? Secrets { get; set; }

    /// <summary>Test results, work items and reviews, and the dashboards' queries.</summary>
    public StorageMode? Analytics { get; set; }

    [Required]
    [ValidateObjectMembers]
    public EmbeddedStorageOptions Embedded { get; set; } = new();

    [Required]
    public AwsStorageOptions Aws { get; set; } = new();

    public StorageMode ConfigMode => Config ?? Mode;

    public StorageMode RawMode => Raw ?? Mode;

    public StorageMode SecretsMode => Secrets ?? Mode;

    public StorageMode AnalyticsMode => Analytics ?? Mode;

    public bool UsesAws => ConfigMode == StorageMode.Aws || RawMode == StorageMode.Aws || SecretsMode == StorageMode.Aws || AnalyticsMode == StorageMode.Aws;
}
