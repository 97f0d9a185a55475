using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Storage.Aws;

/// <summary>
/// Dot.Api with configuration, raw files and secrets on AWS: emulators of its own (one node process and one KMS
/// double per test class), a fresh table and bucket made at start, analytics embedded as before.
/// </summary>
public class AwsApiFactory : DotApiFactory, IAsyncLifetime
{
    private readonly AwsEmulators _emulators = new();

    public AwsApiFactory() => TestServices = services => services.AddSingleton(AwsEmulators.Credentials);

    public async Task InitializeAsync()
    {
        await _emulators.InitializeAsync();
        AwsStorageStartTests.Configure(this, _emulators.NewOptions());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _emulators.DisposeAsync();
    }
}

/// <summary>The same with the connector scheduler off, like the embedded connector API tests.</summary>
public sealed class AwsConnectorApiFactory : AwsApiFactory
{
    public AwsConnectorApiFactory() => Settings["Connectors:RunScheduler"] = "false";
}
