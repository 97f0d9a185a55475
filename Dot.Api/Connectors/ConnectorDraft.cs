using Dot.Domain.Connectors;

namespace Dot.Api.Connectors;

/// <summary>What an owner asks for when creating a connector: everything but its id, tenant and times.</summary>
public sealed record ConnectorDraft(string DatasetId, string Name, ConnectorKind Kind, ConnectorSettings Settings, string? Schedule, string Secret);
