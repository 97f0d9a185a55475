using System.ComponentModel.DataAnnotations;

namespace Dot.Api.Uploads;

/// <summary>The <c>Uploads</c> section: limits on what a CI job may send, and how many uploads are processed at once.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>The largest upload accepted, in bytes (all files of a request together).</summary>
    [Range(1024, 10L * 1024 * 1024 * 1024)]
    public long MaxBytes { get; set; } = 100L * 1024 * 1024;

    [Range(1, 1000)]
    public int MaxFiles { get; set; } = 100;

    [Range(0, 3600)]
    public int MaxWaitSeconds { get; set; } = 300;

    /// <summary>Whether this instance processes uploads; an API-only instance just accepts and queues them.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>Uploads processed in parallel; 0 means one per processor.</summary>
    [Range(0, 64)]
    public int Workers { get; set; }
}
