namespace Dot.Portal.Api.Models;

/// <summary>Defects of one severity.</summary>
public sealed record DefectGroup(string? Key, long Total, long Open, long Resolved);
