namespace Dot.Domain.Analytics;

/// <summary>The fields of a defect that <see cref="DefectSummaryQuery"/> can count by.</summary>
public enum DefectGroupField
{
    Severity,
    Priority,

    /// <summary>The workflow status as the tracker names it.</summary>
    Status,

    /// <summary>Each of the item's components: an item with two counts under both.</summary>
    Component,
}
