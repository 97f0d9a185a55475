namespace Dot.Storage.Aws;

/// <summary>What the host's environment allows: Development relaxes transport rules, Production refuses test-only settings.</summary>
public sealed record AwsEnvironment(bool IsDevelopment, bool IsProduction);
