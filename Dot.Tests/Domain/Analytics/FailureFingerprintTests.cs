using Dot.Domain.Analytics;

namespace Dot.Tests.Domain.Analytics;

public sealed class FailureFingerprintTests
{
    [Theory]
    [InlineData("expected 42 but was 43", "expected <n> but was <n>")]
    [InlineData("expected:<42> but was:<43>", "expected:<<n>> but was:<<n>>")]
    [InlineData("took 1500ms, limit 1,000.5ms", "took <n>ms, limit <n>ms")]
    [InlineData("Can't connect to 10.0.0.12:5432 after 3 retries", "Can't connect to <n>:<n> after <n> retries")]
    [InlineData("Expected \"Hello\" to equal 'World' in `render`", "Expected <str> to equal <str> in <str>")]
    [InlineData("Order 3f2504e0-4f89-11d3-9a0c-0305e82c3301 not found", "Order <guid> not found")]
    [InlineData("Order 3F2504E0-4F89-11D3-9A0C-0305E82C3301 not found", "Order <guid> not found")]
    [InlineData("stopped at 2025-03-04T10:00:01Z", "stopped at <time>")]
    [InlineData("stopped at 2025-03-04 10:00:01.123+01:00", "stopped at <time>")]
    [InlineData("stopped at 12:30:45.123 on 2025-03-04", "stopped at <time> on <time>")]
    [InlineData("Timeout waiting for /var/tmp/run-1/shipping.lock", "Timeout waiting for <path>")]
    [InlineData("see ./logs/out.txt, ../x/y and ~/cache/z", "see <path>, <path> and <path>")]
    [InlineData("in src/Search/Ranker.cs:line 88", "in <path>:line <n>")]
    [InlineData("in Search/Ranker.cs", "in <path>")]
    [InlineData("Could not find C:\\build\\agent\\_work\\1\\s\\out.dll now", "Could not find <path> now")]
    [InlineData("missing \\\\server\\share\\dir\\file.txt", "missing <path>")]
    [InlineData("GET https://api.example.com/v1/orders/123?x=1 returned 500", "GET <url> returned <n>")]
    [InlineData("NullReferenceException at 0x7ffe12ab34cd", "NullReferenceException at <hex>")]
    [InlineData("java.lang.Object@1b6d3586 is not java.lang.Object@74a14482", "java.lang.Object@<hex> is not java.lang.Object@<hex>")]
    [InlineData("commit 0123456789abcdef is missing", "commit <hex> is missing")]
    [InlineData("Assert.Equal() Failure\nExpected: 5\r\nActual:   6", "Assert.Equal() Failure Expected: <n> Actual: <n>")]
    public void Of_ReplacesWhatVariesWithPlaceholders(string message, string fingerprint)
    {
        Assert.Equal(fingerprint, FailureFingerprint.Of(message));
    }

    [Theory]
    [InlineData("The Sha256 of Test1 differs on x86_64")]
    [InlineData("Expected/Actual mismatch and/or a/b")]
    [InlineData("v1.2.3 is not supported")]
    [InlineData("deadbeef is a word here")]
    public void Of_KeepsWordsWithDigitsApostrophesAndShortSlashes(string message)
    {
        Assert.Equal(message, FailureFingerprint.Of(message));
    }

    [Fact]
    public void Of_MessagesThatDifferOnlyInValues_ShareAFingerprint()
    {
        var first = FailureFingerprint.Of("Order 3f2504e0-4f89-11d3-9a0c-0305e82c3301 of 2025-03-04T10:00:01Z failed after 3012 ms in /tmp/run-1/a.lock");
        var second = FailureFingerprint.Of("Order 9a0c0305-e82c-4f89-11d3-3f2504e04f89 of 2025-03-05T11:30:00Z failed after 17 ms in /tmp/run-2/b.lock");

        Assert.Equal(first, second);
        Assert.NotEqual(first, FailureFingerprint.Of("Order 3f2504e0-4f89-11d3-9a0c-0305e82c3301 was cancelled"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Of_NoMessage_IsTheEmptyFingerprint(string? message)
    {
        Assert.Equal(string.Empty, FailureFingerprint.Of(message));
    }

    [Fact]
    public void Of_LongMessage_IsCutToMaxLength()
    {
        var message = string.Concat(Enumerable.Repeat("word ", 2000));

        var fingerprint = FailureFingerprint.Of(message);

        Assert.Equal(FailureFingerprint.MaxLength, fingerprint.Length);
        Assert.StartsWith("word word", fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_IsAPureFunction()
    {
        const string message = "expected 1 in /a/b/c but was 2";

        Assert.Equal(FailureFingerprint.Of(message), FailureFingerprint.Of(new string(message.AsSpan())));
    }
}
