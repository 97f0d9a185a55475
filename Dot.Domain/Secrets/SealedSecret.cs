namespace Dot.Domain.Secrets;

/// <summary>
/// A secret in its envelope, the shape KMS envelope encryption gives: a fresh data key encrypted the secret with
/// AES-256-GCM (<see cref="Nonce"/>, <see cref="Ciphertext"/>, <see cref="Tag"/>), and the key-encryption key
/// <see cref="KeyId"/> wrapped that data key (<see cref="WrappedKey"/>). <see cref="Version"/> names the layout and
/// algorithms. Nothing in it reveals the secret without the key-encryption key; it is stored whole.
/// </summary>
public sealed record SealedSecret(
    byte Version,
    string KeyId,
    ReadOnlyMemory<byte> WrappedKey,
    ReadOnlyMemory<byte> Nonce,
    ReadOnlyMemory<byte> Ciphertext,
    ReadOnlyMemory<byte> Tag);
