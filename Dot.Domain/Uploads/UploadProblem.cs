namespace Dot.Domain.Uploads;

/// <summary>Why (part of) an upload could not be read: a sentence and, where known, the file, line and column.</summary>
public sealed record UploadProblem(string Message, string? File = null, int? Line = null, int? Column = null);
