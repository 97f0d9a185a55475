using System.Security.Cryptography;
using Dot.Domain.Health;
using Dot.Domain.Secrets;
using Microsoft.Extensions.Options;

namespace Dot.Storage.Embedded.Secrets;

/// <summary>
/// Envelope encryption with a local key-encryption key (<c>&lt;data&gt;/keys/secrets.key</c>) in place of KMS: a fresh
/// AES-256 data key seals the secret with AES-GCM, and the local key wraps the data key with AES-GCM too. Both bind
/// the version and the context as associated data. The wrapped key is nonce, encrypted key and tag, in that order.
/// </summary>
public sealed class LocalKeySecretProtector : ISecretProtector, IStoreProbe
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int WrappedKeySize = NonceSize + LocalKey.Size + TagSize;

    private readonly string _path;
    private readonly Lazy<LocalKey> _key;

    public LocalKeySecretProtector(IOptions<EmbeddedStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _path = Path.Combine(options.Value.FullPath, "keys", "secrets.key");
        _key = new Lazy<LocalKey>(() => LocalKey.LoadOrCreate(_path));
    }

    public string Name => "secrets";

    /// <summary>
    /// The key file is readable and still holds the key in use: were it lost or replaced, every secret sealed since
    /// start could not be opened after the next one. Before first use, loading it (or making it) is the probe.
    /// </summary>
    public Task ProbeAsync(CancellationToken cancellationToken)
    {
        if (!_key.IsValueCreated)
        {
            _ = _key.Value;
            return Task.CompletedTask;
        }
        return CryptographicOperations.FixedTimeEquals(File.ReadAllBytes(_path), _key.Value.Material)
            ? Task.CompletedTask
            : throw new CryptographicException("The key file no longer holds the key in use.");
    }

    public Task<SealedSecret> ProtectAsync(ReadOnlyMemory<byte> plaintext, SecretContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = _key.Value;
        var associatedData = AssociatedData(context);
        var dataKey = RandomNumberGenerator.GetBytes(LocalKey.Size);
        try
        {
            var wrappedKey = new byte[WrappedKeySize];
            Encrypt(key.Material, dataKey, wrappedKey, associatedData);
            var payload = new byte[NonceSize + plaintext.Length + TagSize];
            Encrypt(dataKey, plaintext.Span, payload, associatedData);
            var sealedSecret = new SealedSecret(
                Version, key.Id, wrappedKey, payload.AsMemory(0, NonceSize), payload.AsMemory(NonceSize, plaintext.Length), payload.AsMemory(NonceSize + plaintext.Length));
            return Task.FromResult(sealedSecret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    public Task<byte[]> UnprotectAsync(SealedSecret secret, SecretContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(context);
        var key = _key.Value;
        if (secret.Version != Version)
        {
            throw new CryptographicException($"The sealed secret has version {secret.Version}; only version {Version} can be opened.");
        }
        if (secret.KeyId != key.Id)
        {
            throw new CryptographicException($"The sealed secret was wrapped by the key '{secret.KeyId}', not by this protector's key '{key.Id}'.");
        }
        if (secret.WrappedKey.Length != WrappedKeySize || secret.Nonce.Length != NonceSize || secret.Tag.Length != TagSize)
        {
            throw new CryptographicException("The sealed secret's wrapped key, nonce or tag has the wrong length.");
        }
        var associatedData = AssociatedData(context);
        var dataKey = new byte[LocalKey.Size];
        try
        {
            var wrapped = secret.WrappedKey.Span;
            Decrypt(key.Material, wrapped[..NonceSize], wrapped[NonceSize..^TagSize], wrapped[^TagSize..], dataKey, associatedData);
            var plaintext = new byte[secret.Ciphertext.Length];
            Decrypt(dataKey, secret.Nonce.Span, secret.Ciphertext.Span, secret.Tag.Span, plaintext, associatedData);
            return Task.FromResult(plaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private static byte[] AssociatedData(SecretContext context) => [Version, .. context.ToAssociatedData()];

    /// <summary>Encrypts <paramref name="plaintext"/> into <paramref name="sealedOutput"/>: a fresh nonce, the ciphertext, the tag.</summary>
    private static void Encrypt(byte[] key, ReadOnlySpan<byte> plaintext, Span<byte> sealedOutput, byte[] associatedData)
    {
        var nonce = sealedOutput[..NonceSize];
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedOutput.Slice(NonceSize, plaintext.Length), sealedOutput[^TagSize..], associatedData);
    }

    private static void Decrypt(byte[] key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, byte[] associatedData)
    {
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(nonce, ciphertext, tag, plaintext, associatedData);
    }
}
