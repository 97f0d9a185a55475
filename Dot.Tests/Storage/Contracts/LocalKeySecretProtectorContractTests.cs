using System.Security.Cryptography;
using Dot.Domain.Identifiers;
using Dot.Domain.Secrets;
using Dot.Storage.Embedded.Secrets;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The secret protector contract against the local key file, plus how that file is kept.</summary>
public sealed class LocalKeySecretProtectorContractTests(TempFolder folder) : SecretProtectorContract, IClassFixture<TempFolder>
{
    private string KeyFolder => Path.Combine(folder.Path, "keys");

    private string KeyFile => Path.Combine(KeyFolder, "secrets.key");

    protected override ISecretProtector OpenProtector() => new LocalKeySecretProtector(EmbeddedStorage.In(folder));

    [Fact]
    public async Task FirstUseCreatesA32ByteKeyOnlyItsOwnerCanRead()
    {
        await OpenProtector().ProtectAsync(new byte[] { 1 }, NewContext(), CancellationToken.None);

        Assert.Equal(32, new FileInfo(KeyFile).Length);
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(KeyFolder));
    }

    [Fact]
    public async Task AnotherDataFoldersKeyCannotOpenTheSecret()
    {
        var context = NewContext();
        var sealedSecret = await OpenProtector().ProtectAsync(new byte[] { 1, 2, 3 }, context, CancellationToken.None);
        using var otherFolder = new TempFolder();
        var other = new LocalKeySecretProtector(EmbeddedStorage.In(otherFolder));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => other.UnprotectAsync(sealedSecret, context, CancellationToken.None));
    }

    [Fact]
    public async Task AKeyFileOfTheWrongSizeIsRefused()
    {
        using var otherFolder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(otherFolder.Path, "keys"));
        await File.WriteAllBytesAsync(Path.Combine(otherFolder.Path, "keys", "secrets.key"), new byte[16]);
        var protector = new LocalKeySecretProtector(EmbeddedStorage.In(otherFolder));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => protector.ProtectAsync(new byte[] { 1 }, NewContext(), CancellationToken.None));

        Assert.Contains("32-byte key", failure.Message, StringComparison.Ordinal);
    }

    private static SecretContext NewContext() => new(OpaqueId.New("ten"), OpaqueId.New("con"));
}
