namespace Dot.Domain.Tenancy;

/// <summary>A customer of DoT. Known everywhere by <see cref="Id"/>; the display name is never a key and never logged.</summary>
public sealed record Tenant(string Id, string DisplayName, DateTimeOffset CreatedAt)
{
    public const string IdPrefix = "ten";
}
