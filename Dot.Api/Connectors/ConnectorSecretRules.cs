using System.Security.Cryptography;
using System.Text.Json;
using Dot.Domain.Connectors;

namespace Dot.Api.Connectors;

/// <summary>
/// What a connector's secret must look like before it is sealed: a Jira token, an App Store Connect <c>.p8</c> EC
/// P-256 private key, a Google service account JSON with its private key. The messages never quote the secret.
/// </summary>
public static class ConnectorSecretRules
{
    public static void Validate(ConnectorKind kind, string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new ArgumentException("The secret is empty.");
        }
        if (secret.Length > 16384)
        {
            throw new ArgumentException("The secret is longer than 16384 characters.");
        }
        switch (kind)
        {
            case ConnectorKind.AppStore:
                using (var key = AppStorePrivateKey(secret))
                {
                }
                break;
            case ConnectorKind.GooglePlay:
                GoogleServiceAccount(secret);
                break;
            default:
                break;
        }
    }

    /// <summary>The App Store Connect key from its <c>.p8</c> PEM text.</summary>
    public static ECDsa AppStorePrivateKey(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            key.Dispose();
            throw new ArgumentException("The private key is not an EC P-256 key in PEM (the .p8 file App Store Connect gives).");
        }
        if (key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            throw new ArgumentException("The private key is not an EC P-256 key: App Store Connect issues .p8 keys on P-256.");
        }
        return key;
    }

    /// <summary>The service account's e-mail and PEM private key.</summary>
    public static (string ClientEmail, string PrivateKey) GoogleServiceAccount(string json)
    {
        string? email, key;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            email = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("client_email", out var e) ? e.GetString() : null;
            key = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("private_key", out var k) ? k.GetString() : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            throw new ArgumentException("The service account is not JSON with string values: paste the key file Google Cloud gave.");
        }
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException("The service account JSON has no client_email or no private_key.");
        }
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(key);
            return (email, key);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            throw new ArgumentException("The service account's private_key is not an RSA key in PEM.");
        }
    }
}
