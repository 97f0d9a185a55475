using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

public sealed class ReportLimitsTests
{
    [Fact]
    public void DefaultsKeep64KiBOfOutputAnd8KiBOfMessageAnd2KiBOfNameAndAllow4MiBTags()
    {
        var limits = ReportLimits.Default;

        Assert.Equal(
            (65536, 65536, 65536, 8192, 2048, 4194304),
            (limits.MaxSystemOutLength, limits.MaxSystemErrLength, limits.MaxFailureDetailLength, limits.MaxMessageLength, limits.MaxNameLength, limits.MaxStartTagLength));
    }

    [Fact]
    public void ALimitMustBePositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportLimits { MaxNameLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportLimits.Default with { MaxSystemOutLength = -1 });
    }
}
