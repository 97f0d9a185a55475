namespace Dot.Portal.Api.Models;

/// <summary>A file of an upload.</summary>
public sealed record UploadFile(string Name, string Format);
