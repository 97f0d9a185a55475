namespace Dot.Portal.Api.Models;

/// <summary>A dataset of the tenant.</summary>
public sealed record Dataset(string Id, string Name, DateTimeOffset CreatedAt);
