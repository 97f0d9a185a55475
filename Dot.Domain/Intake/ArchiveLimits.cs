namespace Dot.Domain.Intake;

/// <summary>What a zip archive of reports may hold before it is refused as a bomb or a trick.</summary>
public sealed record ArchiveLimits(int MaxEntries, long MaxUncompressedBytes, int MaxCompressionRatio)
{
    public static readonly ArchiveLimits Default = new(MaxEntries: 1000, MaxUncompressedBytes: 1024L * 1024 * 1024, MaxCompressionRatio: 200);
}
