using Dot.Domain.Naming;

namespace Dot.Tests.Domain.Naming;

public sealed class NameRuleTests
{
    [Theory]
    [InlineData("nightly\u001b[31m")]
    [InlineData("nightly\r\nforged")]
    [InlineData("\u202Eylthgin")]
    [InlineData("night\u2066ly\u2069")]
    [InlineData("night\u200Dly")]
    [InlineData("\uFEFFnightly")]
    public void ANameWithHiddenCharacters_IsRefused(string name)
    {
        Assert.Equal("A dataset name must not contain control or invisible characters.", NameRule.Validate("dataset", name, out _));
    }

    [Theory]
    [InlineData("nightly")]
    [InlineData("Nächtlich – ÜÖ 日本")]
    public void AVisibleName_IsAccepted(string name)
    {
        Assert.Null(NameRule.Validate("dataset", name, out _));
    }
}
