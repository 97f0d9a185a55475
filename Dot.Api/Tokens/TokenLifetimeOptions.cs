using System.ComponentModel.DataAnnotations;
using Dot.Domain.Tokens;

namespace Dot.Api.Tokens;

/// <summary>How long tokens of one kind live; each kind binds its own configuration section.</summary>
public abstract class TokenLifetimeOptions
{
    [Range(1, 3650)]
    public int DefaultLifetimeDays { get; set; } = 365;

    [Range(1, 3650)]
    public int MaxLifetimeDays { get; set; } = 365;

    public TokenLifetime Lifetime => new(TimeSpan.FromDays(DefaultLifetimeDays), TimeSpan.FromDays(Math.Max(DefaultLifetimeDays, MaxLifetimeDays)));
}
