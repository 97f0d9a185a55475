using Dot.Domain.Intake;
using Dot.Tests.Support;

namespace Dot.Tests.Domain.Intake;

/// <summary>The ratio limit spares the first MiB (small repetitive reports compress very well) and stops a bomb soon after.</summary>
public sealed class GzipInflatingStreamTests
{
    private static async Task<long> InflateAsync(byte[] plain, long maxBytes = long.MaxValue)
    {
        await using var inflating = new GzipInflatingStream(new MemoryStream(GzipFiles.Make(plain)), "test.gz", maxRatio: 200, maxBytes);
        var sink = new MemoryStream();
        await inflating.CopyToAsync(sink);
        return sink.Length;
    }

    [Fact]
    public async Task AHighlyCompressedFileUnderAMebibyte_Inflates()
    {
        Assert.Equal(1024 * 1024, await InflateAsync(new byte[1024 * 1024]));
    }

    [Fact]
    public async Task AHighlyCompressedFileBeyondAMebibyte_IsABomb()
    {
        var refused = await Assert.ThrowsAsync<IntakeRefusalException>(() => InflateAsync(new byte[4 * 1024 * 1024]));

        Assert.Equal(IntakeRefusalReason.UnsafeArchive, refused.Refusal.Reason);
        Assert.Contains("'test.gz' is compressed more than 200:1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InflatingBeyondTheByteLimit_IsTooLarge()
    {
        var refused = await Assert.ThrowsAsync<UploadTooLargeException>(() => InflateAsync(JUnitReports.Make(500), maxBytes: 10_000));

        Assert.Equal(10_000, refused.Limit);
    }

    [Fact]
    public void OnlyGzipsMagicBytesAreGzip()
    {
        Assert.True(GzipInflatingStream.IsGzip([0x1F, 0x8B, 0x08]));
        Assert.False(GzipInflatingStream.IsGzip([0x1F]));
        Assert.False(GzipInflatingStream.IsGzip("<?xml"u8));
    }
}
