namespace Dot.Api.Reprocessing;

/// <summary>What a reprocessing run did: the uploads put back in the queue, and those left alone because a worker has them now.</summary>
public sealed class ReprocessCounts
{
    public int Tenants { get; set; }

    public int Datasets { get; set; }

    public int Requeued { get; set; }

    public int InProgress { get; set; }
}
