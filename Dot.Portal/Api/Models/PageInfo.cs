namespace Dot.Portal.Api.Models;

/// <summary>Where a connection's page ends, and whether another follows.</summary>
public sealed record PageInfo(bool HasNextPage, string? EndCursor);
