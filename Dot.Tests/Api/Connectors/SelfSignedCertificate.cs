using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Dot.Tests.Api.Connectors;

/// <summary>A certificate for localhost that no authority signed: what a site with an untrusted certificate presents.</summary>
public static class SelfSignedCertificate
{
    public static X509Certificate2 ForLocalhost()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Through PKCS#12 so the private key is usable by the TLS server on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
