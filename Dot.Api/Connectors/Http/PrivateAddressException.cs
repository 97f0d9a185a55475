namespace Dot.Api.Connectors.Http;

/// <summary>A connector's host resolved to no public address: refused before any byte was sent.</summary>
public sealed class PrivateAddressException(string host)
    : IOException($"The host '{host}' resolves to a private, loopback or link-local address, which connectors may not reach.");
