namespace Dot.Api.Reprocessing;

/// <summary>A scope that names a tenant or dataset that does not exist, or a dataset without its tenant.</summary>
public sealed class ReprocessScopeException(string message) : Exception(message);
