namespace Dot.Domain.Analytics;

/// <summary>A test as dashboards name it: by suite, class and name, the same test in every dataset that runs it.</summary>
public sealed record TestKey(string? Suite, string? ClassName, string Name);
