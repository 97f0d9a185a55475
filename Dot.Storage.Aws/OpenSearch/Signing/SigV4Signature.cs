namespace Dot.Storage.Aws.OpenSearch.Signing;

/// <summary>
/// A computed signature with the texts it was computed from (so tests can compare each step with the published
/// vectors) and the <c>Authorization</c> header value that carries it.
/// </summary>
public sealed record SigV4Signature(string CanonicalRequest, string StringToSign, string SignedHeaders, string Signature, string Authorization);
