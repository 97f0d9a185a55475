using System.ComponentModel.DataAnnotations;
using Dot.Domain.Tokens;

namespace Dot.Api.UploadTokens;

/// <summary>The <c>UploadTokens</c> section: how long tokens live.</summary>
public sealed class UploadTokenOptions
{
    public const string Section = "UploadTokens";

    [Range(1, 3650)]
    public int DefaultLifetimeDays { get; set; } = 365;

    [Range(1, 3650)]
    public int MaxLifetimeDays { get; set; } = 365;

    public TokenLifetime Lifetime => new(TimeSpan.FromDays(DefaultLifetimeDays), TimeSpan.FromDays(Math.Max(DefaultLifetimeDays, MaxLifetimeDays)));
}
