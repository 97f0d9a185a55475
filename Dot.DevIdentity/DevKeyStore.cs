using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Dot.DevIdentity;

/// <summary>
/// The provider's RSA keys, kept as PEM files under <c>&lt;data&gt;/dev-identity/</c> (mode 600): created on the
/// first start, loaded on later ones, so tokens issued before a restart still validate after it.
/// </summary>
public sealed class DevKeyStore : IDisposable
{
    private const int KeySize = 2048;
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly Lazy<RsaSecurityKey> _signing;
    private readonly Lazy<RsaSecurityKey> _encryption;

    public DevKeyStore(IOptions<DevIdentityOptions> options)
    {
        Folder = options.Value.KeyFolder;
        _signing = new(() => LoadOrCreate("signing-key.pem"));
        _encryption = new(() => LoadOrCreate("encryption-key.pem"));
    }

    /// <summary>The folder that holds the key files.</summary>
    public string Folder { get; }

    /// <summary>Signs every token the provider issues; bearer validation trusts it.</summary>
    public RsaSecurityKey SigningKey => _signing.Value;

    /// <summary>Encrypts the provider's own tokens (authorization codes); access tokens stay plain JWTs.</summary>
    public RsaSecurityKey EncryptionKey => _encryption.Value;

    public void Dispose()
    {
        if (_signing.IsValueCreated)
        {
            _signing.Value.Rsa.Dispose();
        }
        if (_encryption.IsValueCreated)
        {
            _encryption.Value.Rsa.Dispose();
        }
    }

    private RsaSecurityKey LoadOrCreate(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        if (!File.Exists(path))
        {
            CreateKeyFile(path);
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(path));
            var key = new RsaSecurityKey(rsa);
            key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
            return key;
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    /// <summary>Writes a fresh key beside the target and moves it in place, so no reader sees half a file and a concurrent start keeps the first key.</summary>
    private void CreateKeyFile(string path)
    {
        CreateFolder();
        using var rsa = RSA.Create(KeySize);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }
        using (var writer = new StreamWriter(temporary, options))
        {
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    private void CreateFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Folder);
        }
        else
        {
            Directory.CreateDirectory(Folder, OwnerOnly | UnixFileMode.UserExecute);
        }
    }
}
