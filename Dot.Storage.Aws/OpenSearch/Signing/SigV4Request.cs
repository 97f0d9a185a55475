namespace Dot.Storage.Aws.OpenSearch.Signing;

/// <summary>
/// What Signature Version 4 signs of a request: the method, the path as sent (percent-encoded as it appears on the
/// wire), the query string as sent (without <c>?</c>), the headers to sign (names in any case, repeated names allowed)
/// and the hex SHA-256 of the body.
/// </summary>
public sealed record SigV4Request(
    string Method, string Path, string Query, IReadOnlyList<KeyValuePair<string, string>> Headers, string PayloadHash);
