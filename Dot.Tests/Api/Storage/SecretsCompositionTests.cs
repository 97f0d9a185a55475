using Dot.Domain.Secrets;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.Storage;

/// <summary>The host seals secrets with the embedded protector, keeping its key in the data folder.</summary>
public sealed class SecretsCompositionTests
{
    [Fact]
    public async Task TheHostsProtectorKeepsItsKeyInTheDataFolder()
    {
        using var factory = new DotApiFactory();
        var protector = factory.Services.GetRequiredService<ISecretProtector>();
        var context = new SecretContext("ten_a", "con_a");

        var sealedSecret = await protector.ProtectAsync(new byte[] { 7 }, context, CancellationToken.None);

        Assert.Equal([7], await protector.UnprotectAsync(sealedSecret, context, CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(factory.DataPath, "keys", "secrets.key")));
    }
}
