namespace Dot.Domain.WorkItems;

/// <summary>What a work item is to DoT, whatever the tracker calls it (see <see cref="WorkItemMapping"/>).</summary>
public enum WorkItemType
{
    Epic,
    Story,
    Defect,
    Task,
}
