using System.Net;

namespace Dot.Api.Connectors.Http;

/// <summary>A successful answer of a connector's system, its body read whole (within the size limit).</summary>
public sealed record ConnectorResponse(HttpStatusCode Status, byte[] Body);
