namespace Dot.Portal.Api.Models;

/// <summary>A parse error of an upload, with where it is.</summary>
public sealed record UploadProblem(string? File, int? Line, int? Column, string Message);
