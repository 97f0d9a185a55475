using Dot.Storage.Aws;
using Dot.Storage.Aws.OpenSearch;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>
/// A live OpenSearch named by <see cref="Variable"/> (for instance <c>http://localhost:9200</c>, an OpenSearch 2.x
/// container with its security plugin off): indexes under a prefix of this test run's own, their templates applied
/// once, and deleted when the run's tests are done. Without the variable it does nothing (xunit still makes the
/// fixture of a class whose tests it reports skipped).
/// </summary>
public sealed class OpenSearchLive : IAsyncLifetime
{
    public const string Variable = "DOT_TEST_OPENSEARCH_URL";

    public const string Reason = $"{Variable} is not set: the analytics contract runs against a live OpenSearch 2.x only (see the README).";

    private readonly string _prefix = $"dottest-{Guid.NewGuid():N}"[..20];

    private static string? Configured => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;

    private static Uri Url => new(Configured ?? throw new InvalidOperationException(Reason));

    public OpenSearchAnalyticsStore Open() =>
        OpenSearchConnection.Open(new AwsStorageOptions { OpenSearch = new OpenSearchOptions { Url = Url, IndexPrefix = _prefix } }, null, TimeProvider.System);

    public async Task InitializeAsync()
    {
        if (Configured is null)
        {
            return;
        }
        using var store = Open();
        await store.EnsureIndexesAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (Configured is null)
        {
            return;
        }
        using var http = new HttpClient { BaseAddress = Url };
        using var response = await http.DeleteAsync($"{_prefix}-*");
    }
}
