using System.Security.Cryptography;

namespace Dot.Api.Connectors.AppStore;

/// <summary>
/// The bearer token App Store Connect asks for: a JWT signed ES256 with the team's <c>.p8</c> key, naming the key
/// (<c>kid</c>) and issuer, for the audience <c>appstoreconnect-v1</c>, valid for at most 20 minutes.
/// </summary>
public static class AppStoreToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static string Create(string issuerId, string keyId, string privateKeyPem, DateTimeOffset now)
    {
        using var key = ConnectorSecretRules.AppStorePrivateKey(privateKeyPem);
        return CompactJwt.Create(
            new { alg = "ES256", kid = keyId, typ = "JWT" },
            new { iss = issuerId, iat = now.ToUnixTimeSeconds(), exp = (now + Lifetime).ToUnixTimeSeconds(), aud = "appstoreconnect-v1" },
            input => key.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }
}
