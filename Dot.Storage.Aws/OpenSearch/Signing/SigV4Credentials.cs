namespace Dot.Storage.Aws.OpenSearch.Signing;

/// <summary>The key pair a request is signed with, and the session token of temporary credentials (sent, never signed into the key).</summary>
public sealed record SigV4Credentials(string AccessKeyId, string SecretAccessKey, string? SessionToken)
{
    /// <summary>Never the secret: a record's generated text would print it.</summary>
    public override string ToString() => $"{nameof(SigV4Credentials)} {{ AccessKeyId = {AccessKeyId} }}";
}
