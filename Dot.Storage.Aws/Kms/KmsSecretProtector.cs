using System.Security.Cryptography;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Dot.Domain.Secrets;
using Microsoft.Extensions.Options;

namespace Dot.Storage.Aws.Kms;

/// <summary>
/// Envelope encryption with KMS: <c>GenerateDataKey</c> gives a fresh AES-256 data key and its copy wrapped by the
/// configured key; the data key seals the secret with AES-GCM and is forgotten. The envelope is the local key file's
/// shape (<see cref="SealedSecret"/>) with <c>kms:&lt;key ARN&gt;</c> as its key id; the context
/// <c>{tenant, purpose}</c> is the KMS encryption context and the AES-GCM associated data, so a secret opens only
/// for its own tenant and connector. KMS's refusals become one <see cref="CryptographicException"/> that names no key.
/// </summary>
public sealed class KmsSecretProtector(AwsClients clients, IOptions<AwsStorageOptions> options) : ISecretProtector
{
    private const byte Version = 1;
    private const string KeyIdPrefix = "kms:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const string Refused = "The secret cannot be decrypted for this connector.";

    private readonly string _keyId = options.Value.KmsKeyId ?? throw new InvalidOperationException("Storage:Aws:KmsKeyId is required.");

    private IAmazonKeyManagementService Kms => clients.Kms;

    public async Task<SealedSecret> ProtectAsync(ReadOnlyMemory<byte> plaintext, SecretContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dataKey = await Kms.GenerateDataKeyAsync(
            new GenerateDataKeyRequest { KeyId = _keyId, KeySpec = DataKeySpec.AES_256, EncryptionContext = EncryptionContext(context) },
            cancellationToken);
        var key = dataKey.Plaintext.ToArray();
        try
        {
            var nonce = RandomNumberGenerator.GetBytes(NonceSize);
            var ciphertext = new byte[plaintext.Length];
            var tag = new byte[TagSize];
            using (var aes = new AesGcm(key, TagSize))
            {
                aes.Encrypt(nonce, plaintext.Span, ciphertext, tag, AssociatedData(context));
            }
            return new SealedSecret(Version, KeyIdPrefix + dataKey.KeyId, dataKey.CiphertextBlob.ToArray(), nonce, ciphertext, tag);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            dataKey.Plaintext.Dispose();
        }
    }

    public async Task<byte[]> UnprotectAsync(SealedSecret secret, SecretContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(context);
        if (secret.Version != Version || !secret.KeyId.StartsWith(KeyIdPrefix, StringComparison.Ordinal)
            || secret.Nonce.Length != NonceSize || secret.Tag.Length != TagSize)
        {
            throw new CryptographicException(Refused);
        }
        var key = await DecryptDataKeyAsync(secret, context, cancellationToken);
        try
        {
            var plaintext = new byte[secret.Ciphertext.Length];
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(secret.Nonce.Span, secret.Ciphertext.Span, secret.Tag.Span, plaintext, AssociatedData(context));
            return plaintext;
        }
        catch (CryptographicException exception)
        {
            throw new CryptographicException(Refused, exception);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private async Task<byte[]> DecryptDataKeyAsync(SealedSecret secret, SecretContext context, CancellationToken cancellationToken)
    {
        try
        {
            using var blob = new MemoryStream(secret.WrappedKey.ToArray());
            var response = await Kms.DecryptAsync(
                new DecryptRequest { CiphertextBlob = blob, KeyId = secret.KeyId[KeyIdPrefix.Length..], EncryptionContext = EncryptionContext(context) },
                cancellationToken);
            using var plaintext = response.Plaintext;
            return plaintext.ToArray();
        }
        catch (Exception exception) when (exception is InvalidCiphertextException or IncorrectKeyException or NotFoundException
            or InvalidKeyUsageException or DisabledException or KMSInvalidStateException or InvalidArnException)
        {
            // KMS's own message may name the key: it stays out of the exception, which reaches runs and logs.
            _ = exception;
            throw new CryptographicException(Refused);
        }
    }

    private static Dictionary<string, string> EncryptionContext(SecretContext context) =>
        new(StringComparer.Ordinal) { ["tenant"] = context.TenantId, ["purpose"] = context.Purpose };

    private static byte[] AssociatedData(SecretContext context) => [Version, .. context.ToAssociatedData()];
}
