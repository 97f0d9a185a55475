using Dot.Domain.Health;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Aws;

/// <summary>
/// Two Dot.Api hosts on one DynamoDB table, S3 bucket and KMS key, as two instances behind a load balancer: each with
/// its own DI container, upload workers, connector runner, AWS clients and cache of dashboard answers. Analytics is
/// the one thing they do not each own, and that is a shortcut of this test: both are given one DuckDB store made here,
/// because embedded DuckDB is one process's file. Separate processes sharing analytics need the OpenSearch adapter
/// (issue 16); what is shared between instances through AWS here (queue, leases, idempotency guards, cache versions)
/// is what such a deployment relies on. The store belongs to this class, so stopping one host leaves it open for
/// the other. Each host has a data folder of its own, so each development IdP signs with its own key: a GraphQL
/// client takes its token from the host it calls (two hosts in one process with one key would share the identity
/// library's cached signature provider, and the first host to stop would close the key under the other).
/// </summary>
public sealed class TwoInstances : IAsyncDisposable
{
    private readonly TempFolder _folder = new();

    public TwoInstances(AwsEmulators aws, Action<IServiceCollection>? servicesOfA = null)
    {
        ArgumentNullException.ThrowIfNull(aws);
        Analytics = new DuckDbAnalyticsStore(Options.Create(new EmbeddedStorageOptions { Path = _folder.Path }));
        var options = aws.NewOptions();
        A = Instance(options, LogsOfA, servicesOfA);
        B = Instance(options, LogsOfB, null);
    }

    public DotApiFactory A { get; }

    public DotApiFactory B { get; }

    public LogCapture LogsOfA { get; } = new();

    public LogCapture LogsOfB { get; } = new();

    /// <summary>The analytics store both hosts write and read, behind their own caches.</summary>
    public DuckDbAnalyticsStore Analytics { get; }

    /// <summary>Starts A, then B (one after the other, so B finds the development tenants A made).</summary>
    public void Start()
    {
        _ = A.Services;
        _ = B.Services;
    }

    /// <summary>
    /// How many times each upload was processed by each instance, from their logs, once every one was by either (a
    /// worker logs just after it records the outcome, so a caller may see the outcome a moment before the line).
    /// </summary>
    public async Task<List<(int ByA, int ByB)>> TimesProcessedAsync(IReadOnlyList<string> uploadIds)
    {
        for (var attempt = 0; attempt < 100 && !uploadIds.All(id => TimesProcessed(id) is not (0, 0)); attempt++)
        {
            await Task.Delay(50);
        }
        return uploadIds.Select(TimesProcessed).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await Analytics.DisposeAsync();
        _folder.Dispose();
    }

    private (int ByA, int ByB) TimesProcessed(string uploadId) => (Processed(LogsOfA, uploadId), Processed(LogsOfB, uploadId));

    private static int Processed(LogCapture logs, string uploadId) =>
        logs.Messages.Count(m => m.StartsWith($"Upload {uploadId} of tenant ", StringComparison.Ordinal) && m.Contains(" processed: ", StringComparison.Ordinal));

    private DotApiFactory Instance(Dot.Storage.Aws.AwsStorageOptions options, LogCapture logs, Action<IServiceCollection>? more)
    {
        var factory = new DotApiFactory
        {
            TestServices = services =>
            {
                services.AddSingleton(AwsEmulators.Credentials);
                services.AddSingleton(Analytics);
                // The app's analytics probe is made by a factory over the store, so a stopping host would close it:
                // given as an instance, the shared store is closed by neither host.
                services.Remove(services.Single(d => d.ServiceType == typeof(IStoreProbe) && d.ImplementationFactory is not null));
                services.AddSingleton<IStoreProbe>(Analytics);
                services.AddSingleton<ILoggerProvider>(logs);
                // A stop waits this long for work in hand, then leaves it: as a killed instance would.
                services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
                more?.Invoke(services);
            },
        };
        AwsStorageStartTests.Configure(factory, options);
        factory.Settings["Uploads:Workers"] = "2";
        factory.Settings["Connectors:RunScheduler"] = "false";
        factory.Settings["Connectors:AllowPrivateAddresses"] = "true";
        return factory;
    }
}
