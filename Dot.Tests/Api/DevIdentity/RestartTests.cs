using Dot.Domain.Tenancy;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.DevIdentity;

public sealed class RestartTests
{
    [Fact]
    public async Task RestartOnTheSameDataKeepsTenantIdsAndEarlierTokensValid()
    {
        var dataPath = DotApiFactory.CreateDataPath();
        string token;
        string acmeBefore;
        string globexBefore;
        using (var first = new DotApiFactory { DataPath = dataPath })
        {
            token = await first.GetClientTokenAsync("acme-automation");
            acmeBefore = await TenantOfAsync(first, "acme-automation");
            globexBefore = await TenantOfAsync(first, "globex-automation");
        }

        using var second = new DotApiFactory { DataPath = dataPath, DeleteDataOnDispose = true };
        var result = await second.AuthenticateBearerAsync(token);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(acmeBefore, await TenantOfAsync(second, "acme-automation"));
        Assert.Equal(acmeBefore, await TenantOfAsync(second, "alice"));
        Assert.Equal(globexBefore, await TenantOfAsync(second, "globex-automation"));
        Assert.True(File.Exists(Path.Combine(dataPath, "dev-identity", "signing-key.pem")));
        Assert.True(File.Exists(Path.Combine(dataPath, "dev-identity", "encryption-key.pem")));
    }

    [Fact]
    public async Task KeyFilesAreReadableByTheOwnerOnly()
    {
        using var factory = new DotApiFactory();
        _ = await factory.GetClientTokenAsync("acme-automation");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var file in new[] { "signing-key.pem", "encryption-key.pem" })
        {
            var mode = File.GetUnixFileMode(Path.Combine(factory.DataPath, "dev-identity", file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        }
    }

    private static async Task<string> TenantOfAsync(DotApiFactory factory, string subject)
    {
        var tenants = factory.Services.GetRequiredService<ITenantStore>();
        var membership = await tenants.FindMembershipAsync(DotApiFactory.Issuer, subject, CancellationToken.None);
        return membership?.TenantId ?? throw new Xunit.Sdk.XunitException($"No membership for {subject}.");
    }
}
