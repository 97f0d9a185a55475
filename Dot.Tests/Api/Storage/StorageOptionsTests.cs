using Dot.Tests.Support;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Api.Storage;

/// <summary>A wrong <c>Storage:Embedded</c> setting stops the start and says which one.</summary>
public sealed class StorageOptionsTests
{
    [Theory]
    [InlineData("AnalyticsMemoryLimit", "lots", "AnalyticsMemoryLimit")]
    [InlineData("AnalyticsMemoryLimit", "1 GB; DROP TABLE x", "AnalyticsMemoryLimit")]
    [InlineData("AnalyticsReadConcurrency", "0", "AnalyticsReadConcurrency")]
    public void ABadEmbeddedSetting_StopsTheStart(string key, string value, string named)
    {
        using var factory = new DotApiFactory();
        factory.Settings[$"Storage:Embedded:{key}"] = value;

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("512MB")]
    [InlineData("2GiB")]
    [InlineData("1.5 GB")]
    public void AMemoryLimitInDuckDbsUnits_Starts(string limit)
    {
        using var factory = new DotApiFactory();
        factory.Settings["Storage:Embedded:AnalyticsMemoryLimit"] = limit;

        using var client = factory.CreateClient();
    }
}
