using System.ComponentModel.DataAnnotations;

namespace Dot.Api.Retention;

/// <summary>The <c>Retention</c> section: how long data is kept when a dataset says nothing, and how the sweep goes about it.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public const int MinDays = 1;
    public const int MaxDays = 3650;

    /// <summary>Days a dataset's data is kept unless its owner set its own <c>retentionDays</c>.</summary>
    [Range(MinDays, MaxDays)]
    public int DefaultDays { get; set; } = 365;

    /// <summary>Whether this instance runs the sweep (one instance is enough; more do no harm).</summary>
    public bool RunSweeper { get; set; } = true;

    /// <summary>Minutes between two sweeps.</summary>
    [Range(1, 1440)]
    public int SweepIntervalMinutes { get; set; } = 60;

    /// <summary>Uploads (or reviews) deleted in one step: each step is one short write, so ingest and dashboards wait little.</summary>
    [Range(1, 10000)]
    public int ChunkSize { get; set; } = 100;

    /// <summary>The days a dataset keeps its data: its own setting, or the default.</summary>
    public int DaysFor(Domain.Datasets.Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.RetentionDays ?? DefaultDays;
    }
}
