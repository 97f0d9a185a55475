using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dot.Bench.Emulators;

/// <summary>
/// A test double of KMS for the tests and the fault suite (no emulator of it is served): KMS's JSON protocol on a loopback port for
/// <c>GenerateDataKey</c>, <c>Encrypt</c>, <c>Decrypt</c> and <c>DescribeKey</c>, with one key of its own. A
/// ciphertext blob is the key's ARN and an AES-GCM sealing of the plaintext whose associated data is the ARN and the
/// encryption context, so a blob opens only with its key and the exact context, as in KMS. Signatures are not checked.
/// </summary>
public sealed class KmsDouble : IAsyncDisposable
{
    public const string KeyArn = "arn:aws:kms:eu-west-1:000000000000:key/11111111-2222-3333-4444-555555555555";

    private readonly byte[] _keyMaterial = RandomNumberGenerator.GetBytes(32);
    private readonly WebApplication _app;

    private KmsDouble(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public static async Task<KmsDouble> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var kms = new KmsDouble(app);
        app.MapPost("/", kms.HandleAsync);
        await app.StartAsync();
        kms.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return kms;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        var (status, answer) = target switch
        {
            "TrentService.GenerateDataKey" => GenerateDataKey(body),
            "TrentService.Encrypt" => Encrypt(body),
            "TrentService.Decrypt" => Decrypt(body),
            "TrentService.DescribeKey" => DescribeKey(body),
            _ => Error("UnsupportedOperationException", $"The KMS double does not serve {target}."),
        };
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/x-amz-json-1.1";
        await context.Response.WriteAsync(answer.ToJsonString());
    }

    private (int, JsonObject) GenerateDataKey(JsonObject body)
    {
        if (!IsOurKey(body["KeyId"]?.GetValue<string>()))
        {
            return Error("NotFoundException", "Key not found.");
        }
        var plaintext = RandomNumberGenerator.GetBytes(body["NumberOfBytes"]?.GetValue<int>() ?? 32);
        return (200, new JsonObject
        {
            ["KeyId"] = KeyArn,
            ["Plaintext"] = Convert.ToBase64String(plaintext),
            ["CiphertextBlob"] = Convert.ToBase64String(Seal(plaintext, Context(body))),
        });
    }

    private (int, JsonObject) Encrypt(JsonObject body) =>
        IsOurKey(body["KeyId"]?.GetValue<string>())
            ? (200, new JsonObject
            {
                ["KeyId"] = KeyArn,
                ["CiphertextBlob"] = Convert.ToBase64String(Seal(Convert.FromBase64String(body["Plaintext"]!.GetValue<string>()), Context(body))),
            })
            : Error("NotFoundException", "Key not found.");

    private (int, JsonObject) Decrypt(JsonObject body)
    {
        if (body["KeyId"]?.GetValue<string>() is { } keyId && !IsOurKey(keyId))
        {
            return Error("IncorrectKeyException", "The key ID in the request does not identify the key that encrypted the ciphertext.");
        }
        var blob = Convert.FromBase64String(body["CiphertextBlob"]?.GetValue<string>() ?? string.Empty);
        var plaintext = Open(blob, Context(body));
        return plaintext is null
            ? Error("InvalidCiphertextException", "The ciphertext or its encryption context is not valid.")
            : (200, new JsonObject { ["KeyId"] = KeyArn, ["Plaintext"] = Convert.ToBase64String(plaintext), ["EncryptionAlgorithm"] = "SYMMETRIC_DEFAULT" });
    }

    private static (int, JsonObject) DescribeKey(JsonObject body) =>
        IsOurKey(body["KeyId"]?.GetValue<string>())
            ? (200, new JsonObject { ["KeyMetadata"] = new JsonObject { ["KeyId"] = KeyArn, ["Arn"] = KeyArn, ["Enabled"] = true, ["KeyState"] = "Enabled" } })
            : Error("NotFoundException", "Key not found.");

    private static bool IsOurKey(string? keyId) => keyId is KeyArn or "alias/dot-tests" or "11111111-2222-3333-4444-555555555555";

    private static (int, JsonObject) Error(string type, string message) => (400, new JsonObject { ["__type"] = type, ["message"] = message });

    /// <summary>The encryption context in one canonical form: its pairs sorted by key.</summary>
    private static string Context(JsonObject body) =>
        JsonSerializer.Serialize((body["EncryptionContext"] as JsonObject ?? []).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new[] { p.Key, p.Value?.GetValue<string>() }));

    private byte[] Seal(byte[] plaintext, string context)
    {
        var blob = new byte[12 + plaintext.Length + 16];
        RandomNumberGenerator.Fill(blob.AsSpan(0, 12));
        using var aes = new AesGcm(_keyMaterial, 16);
        aes.Encrypt(blob.AsSpan(0, 12), plaintext, blob.AsSpan(12, plaintext.Length), blob.AsSpan(12 + plaintext.Length), AssociatedData(context));
        return blob;
    }

    private byte[]? Open(byte[] blob, string context)
    {
        if (blob.Length < 28)
        {
            return null;
        }
        var plaintext = new byte[blob.Length - 28];
        try
        {
            using var aes = new AesGcm(_keyMaterial, 16);
            aes.Decrypt(blob.AsSpan(0, 12), blob.AsSpan(12, plaintext.Length), blob.AsSpan(12 + plaintext.Length), plaintext, AssociatedData(context));
            return plaintext;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static byte[] AssociatedData(string context) => Encoding.UTF8.GetBytes(KeyArn + "\n" + context);
}
