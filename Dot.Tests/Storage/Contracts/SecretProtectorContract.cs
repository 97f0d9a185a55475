using System.Security.Cryptography;
using System.Text;
using Dot.Domain.Identifiers;
using Dot.Domain.Secrets;

namespace Dot.Tests.Storage.Contracts;

/// <summary>What every <see cref="ISecretProtector"/> adapter must do; each test works under a fresh tenant and connector.</summary>
public abstract class SecretProtectorContract
{
    private static readonly byte[] Plaintext = Encoding.UTF8.GetBytes("jira-api-token-3f9a1c77e2");

    private readonly SecretContext _context = new(OpaqueId.New("ten"), OpaqueId.New("con"));

    /// <summary>A new adapter instance over this test class's key storage: a second one is the same service after a restart.</summary>
    protected abstract ISecretProtector OpenProtector();

    [Fact]
    public async Task ASealedSecretOpensToThePlaintext()
    {
        var protector = OpenProtector();

        var sealedSecret = await protector.ProtectAsync(Plaintext, _context, CancellationToken.None);

        Assert.Equal(Plaintext, await protector.UnprotectAsync(sealedSecret, _context, CancellationToken.None));
        Assert.False(sealedSecret.Ciphertext.Span.SequenceEqual(Plaintext));
    }

    [Fact]
    public async Task AnEmptySecretRoundTrips()
    {
        var protector = OpenProtector();

        var sealedSecret = await protector.ProtectAsync(ReadOnlyMemory<byte>.Empty, _context, CancellationToken.None);

        Assert.Empty(await protector.UnprotectAsync(sealedSecret, _context, CancellationToken.None));
    }

    [Fact]
    public async Task AnotherTenantsContextCannotOpenIt() =>
        await AssertCannotOpenAsync(await SealAsync(), _context with { TenantId = OpaqueId.New("ten") });

    [Fact]
    public async Task AnotherConnectorsContextCannotOpenIt() =>
        await AssertCannotOpenAsync(await SealAsync(), _context with { Purpose = OpaqueId.New("con") });

    [Fact]
    public async Task AnAlteredEnvelopeCannotBeOpened()
    {
        var sealedSecret = await SealAsync();

        await AssertCannotOpenAsync(sealedSecret with { Ciphertext = Flipped(sealedSecret.Ciphertext) }, _context);
        await AssertCannotOpenAsync(sealedSecret with { Tag = Flipped(sealedSecret.Tag) }, _context);
        await AssertCannotOpenAsync(sealedSecret with { Nonce = Flipped(sealedSecret.Nonce) }, _context);
        await AssertCannotOpenAsync(sealedSecret with { WrappedKey = Flipped(sealedSecret.WrappedKey) }, _context);
        await AssertCannotOpenAsync(sealedSecret with { KeyId = sealedSecret.KeyId + "x" }, _context);
        await AssertCannotOpenAsync(sealedSecret with { Version = (byte)(sealedSecret.Version + 1) }, _context);
    }

    [Fact]
    public async Task SealingTheSameSecretTwiceGivesTwoEnvelopes()
    {
        var first = await SealAsync();
        var second = await SealAsync();

        Assert.False(first.Ciphertext.Span.SequenceEqual(second.Ciphertext.Span));
        Assert.False(first.WrappedKey.Span.SequenceEqual(second.WrappedKey.Span));
        Assert.False(first.Nonce.Span.SequenceEqual(second.Nonce.Span));
    }

    [Fact]
    public async Task ASecretSealedBeforeARestartOpensAfterIt()
    {
        var sealedSecret = await SealAsync();

        var restarted = OpenProtector();

        Assert.Equal(Plaintext, await restarted.UnprotectAsync(sealedSecret, _context, CancellationToken.None));
    }

    private Task<SealedSecret> SealAsync() => OpenProtector().ProtectAsync(Plaintext, _context, CancellationToken.None);

    private async Task AssertCannotOpenAsync(SealedSecret sealedSecret, SecretContext context)
    {
        var failure = await Assert.ThrowsAnyAsync<CryptographicException>(
            () => OpenProtector().UnprotectAsync(sealedSecret, context, CancellationToken.None));
        Assert.DoesNotContain(Encoding.UTF8.GetString(Plaintext), failure.ToString(), StringComparison.Ordinal);
    }

    private static ReadOnlyMemory<byte> Flipped(ReadOnlyMemory<byte> bytes)
    {
        var copy = bytes.ToArray();
        copy[0] ^= 1;
        return copy;
    }
}
