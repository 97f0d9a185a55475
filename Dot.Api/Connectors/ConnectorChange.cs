namespace Dot.Api.Connectors;

/// <summary>What <c>updateConnector</c> changes; a null value stays as it is.</summary>
public sealed record ConnectorChange(string? Name, string? Schedule, bool? Enabled, string? BaseUrl, string? Jql, string? Email, int? ReconcileHours);
