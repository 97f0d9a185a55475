using System.ComponentModel.DataAnnotations;

namespace Dot.Api.Health;

/// <summary>The <c>Health</c> section: when readiness calls the upload queue stuck, and how long a check may take.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>The oldest upload job may wait this long before the queue counts as stuck.</summary>
    [Range(10, 86400)]
    public int MaxQueueAgeSeconds { get; set; } = 600;

    /// <summary>A check that has not answered after this long fails, so readiness answers quickly even when a store hangs.</summary>
    [Range(1, 60)]
    public int CheckTimeoutSeconds { get; set; } = 5;
}
