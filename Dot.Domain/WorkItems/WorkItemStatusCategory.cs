namespace Dot.Domain.WorkItems;

/// <summary>The three stages every tracker's workflow folds into (Jira's status categories), and Unknown.</summary>
public enum WorkItemStatusCategory
{
    Unknown,
    ToDo,
    InProgress,
    Done,
}
