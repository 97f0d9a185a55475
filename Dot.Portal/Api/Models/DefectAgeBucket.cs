namespace Dot.Portal.Api.Models;

/// <summary>Open defects of one age range.</summary>
public sealed record DefectAgeBucket(int FromDays, int? ToDays, long Count)
{
    public string Label => ToDays is { } to ? $"{FromDays}–{to} days" : $"over {FromDays} days";
}
