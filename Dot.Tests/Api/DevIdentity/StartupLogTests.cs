using Dot.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dot.Tests.Api.DevIdentity;

public sealed class StartupLogTests
{
    [Fact]
    public void StartLogsHowToGetATokenAndWhereTheDataLivesButNoTenantNames()
    {
        using var logs = new LogCapture();
        using var factory = new DotApiFactory();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddLogging(l => l.AddProvider(logs))));

        _ = app.Services;

        var line = Assert.Single(logs.Messages, m => m.StartsWith("Development identity on:", StringComparison.Ordinal));
        Assert.Contains(
            "curl -s -d grant_type=client_credentials -d client_id=acme-automation -d client_secret=dev-secret http://localhost/connect/token",
            line,
            StringComparison.Ordinal);
        Assert.Contains(factory.DataPath, line, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Messages, m => m.Contains("Acme", StringComparison.Ordinal) || m.Contains("Globex", StringComparison.Ordinal));
    }
}
