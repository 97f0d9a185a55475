namespace Dot.Storage.Aws.OpenSearch.Client;

/// <summary>
/// How the client writes: bulk batches of at most <see cref="MaxBatchBytes"/>; items refused with 429 sent again up to
/// <see cref="MaxRetries"/> times, waiting <see cref="RetryDelay"/> doubled each time; and whether writes wait until
/// what they wrote is searchable (<see cref="WaitForRefresh"/>; Serverless collections do not take the parameter).
/// </summary>
public sealed record OpenSearchClientOptions
{
    public int MaxBatchBytes { get; init; } = 5 * 1024 * 1024;

    public int MaxRetries { get; init; } = 5;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public bool WaitForRefresh { get; init; } = true;
}
