using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.Connectors;

/// <summary>
/// The API for connector runs against stand-ins on loopback: private addresses allowed, the scheduler's loop off (a
/// test runs what is due itself), retries quick, pages of two, logs captured.
/// </summary>
public sealed class ConnectorRunFactory : DotApiFactory
{
    public ConnectorRunFactory()
    {
        Settings["Connectors:RunScheduler"] = "false";
        Settings["Connectors:AllowPrivateAddresses"] = "true";
        Settings["Connectors:RetryBaseDelaySeconds"] = "0.01";
        Settings["Connectors:MaxRetries"] = "3";
        Settings["Connectors:MaxRetryAfterSeconds"] = "2";
        Settings["Connectors:PageSize"] = "2";
        Settings["Connectors:RequestTimeoutSeconds"] = "5";
    }

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs));
    }
}
