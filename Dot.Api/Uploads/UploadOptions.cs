using System.ComponentModel.DataAnnotations;
using Dot.Domain.Intake;

namespace Dot.Api.Uploads;

/// <summary>The <c>Uploads</c> section: limits on what a CI job may send, and how many uploads are processed at once.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>The largest upload accepted, in bytes (all files of a request together).</summary>
    [Range(1024, 10L * 1024 * 1024 * 1024)]
    public long MaxBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Files one request may carry (a zip archive counts as one here; its entries have their own limits).</summary>
    [Range(1, 1000)]
    public int MaxFiles { get; set; } = 100;

    /// <summary>Limits on zip archives: entries, uncompressed bytes, compression ratio.</summary>
    public ArchiveLimits Archives { get; set; } = ArchiveLimits.Default;

    /// <summary>What one request may send, for the intake.</summary>
    public IntakeLimits IntakeLimits() => new(MaxBytes, MaxFiles, Archives);

    [Range(0, 3600)]
    public int MaxWaitSeconds { get; set; } = 300;

    /// <summary>Whether this instance processes uploads; an API-only instance just accepts and queues them.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>
    /// How long a worker holds an upload's job without renewing it (it renews every third of this while it works):
    /// how soon another worker, of any instance, takes over the job of a worker that died.
    /// </summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>
    /// Uploads processed in parallel; 0 means four per processor. A worker spends most of an upload waiting for the
    /// analytics writer, which writes the uploads waiting for it together (decision 0017): more workers than cores
    /// let a busy queue form those groups.
    /// </summary>
    [Range(0, 64)]
    public int Workers { get; set; }
}
