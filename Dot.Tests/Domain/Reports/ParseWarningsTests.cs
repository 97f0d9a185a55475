using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

public sealed class ParseWarningsTests
{
    [Fact]
    public void KeepsUpToItsCapacityAndCountsTheRest()
    {
        var warnings = new ParseWarnings(capacity: 2);

        warnings.Add("one");
        warnings.Add("two");
        warnings.Add("three");

        Assert.Equal(["one", "two"], warnings.Messages);
        Assert.Equal(3, warnings.TotalCount);
        Assert.Equal(1, warnings.DroppedCount);
    }

    [Fact]
    public void KeepsAHundredByDefault()
    {
        var warnings = new ParseWarnings();

        for (var i = 0; i < 250; i++)
        {
            warnings.Add($"warning {i}");
        }

        Assert.Equal(100, warnings.Messages.Count);
        Assert.Equal(150, warnings.DroppedCount);
    }

    [Fact]
    public void PrefixesTheLineWhenKnown()
    {
        var warnings = new ParseWarnings();

        warnings.Add(3, "unknown element <foo> ignored");
        warnings.Add(null, "no line");

        Assert.Equal(["line 3: unknown element <foo> ignored", "no line"], warnings.Messages);
    }
}
