namespace Dot.Domain.Reports.Trx;

/// <summary>
/// What makes two results runs of the same test: its definition, its name (parameterised tests share a definition and
/// differ by name) and its data row (rows of a data-driven test may share a name).
/// </summary>
internal readonly record struct TrxRetryKey(string? TestId, string Name, string? DataRow);
