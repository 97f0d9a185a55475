namespace Dot.Domain.Secrets;

/// <summary>
/// Port: seals secrets that DoT must use again (connector API tokens and keys) for storage, and opens them. Every
/// protection uses a fresh data key and nonce, so sealing the same secret twice gives two different envelopes.
/// </summary>
public interface ISecretProtector
{
    /// <summary>Seals <paramref name="plaintext"/> bound to <paramref name="context"/>.</summary>
    Task<SealedSecret> ProtectAsync(ReadOnlyMemory<byte> plaintext, SecretContext context, CancellationToken cancellationToken);

    /// <summary>
    /// The plaintext of <paramref name="secret"/>. A <see cref="System.Security.Cryptography.CryptographicException"/>
    /// when the context is not the one it was sealed with (another tenant or purpose), when any part of the envelope
    /// was altered, or when its key-encryption key is not this protector's; the message never holds a secret value.
    /// </summary>
    Task<byte[]> UnprotectAsync(SealedSecret secret, SecretContext context, CancellationToken cancellationToken);
}
