using System.Globalization;
using System.Text;

namespace Dot.Bench.Generation;

/// <summary>
/// Failure messages and Java-style stack traces (25 to 60 frames, sometimes a cause), 2 to 6 KB each: either long
/// messages of their own, or one of a few recurring causes with varying numbers, as a real suite's failures read.
/// </summary>
internal static class FailureText
{
    private static readonly string[] FailureTypes = ["org.opentest4j.AssertionFailedError", "org.assertj.core.error.AssertJMultipleFailuresError", "java.lang.AssertionError"];
    private static readonly string[] ErrorTypes = ["java.lang.NullPointerException", "java.util.concurrent.TimeoutException", "java.lang.IllegalStateException", "java.net.ConnectException"];
    private static readonly string[] Causes =
    [
        "Timed out after {0} ms waiting for order {1} to reach state SHIPPED",
        "expected status <200> but was <503> from GET http://inventory:8080/api/v1/items/{1}",
        "Connection refused: localhost/127.0.0.1:{0}",
        "Cannot invoke \"com.acme.orders.Order.total()\" because \"order\" is null",
        "Deadlock found when trying to get lock; try restarting transaction {1}",
        "expected: <{0}> but was: <{1}>",
        "Element #checkout-{1} not clickable after {0} ms",
        "Snapshot mismatch in report-{1}.json at line {0}",
    ];

    private static readonly string[] Frames = ["invoke", "apply", "handle", "execute", "call", "run", "process", "lambda$0", "accept", "proceed"];

    public static string TypeOf(Outcome outcome, ulong hash) =>
        outcome == Outcome.Errored ? ErrorTypes[Determinism.Pick(hash, ErrorTypes.Length)] : FailureTypes[Determinism.Pick(hash, FailureTypes.Length)];

    public static string Message(ulong hash, CatalogTest test)
    {
        var width = 40 + Determinism.Pick(hash, 300);
        var expected = Payload(hash, width);
        var actual = Payload(hash >> 7, width);
        return $"{test.Name}: expected: <{expected}> but was: <{actual}> (after {1 + Determinism.Pick(hash >> 3, 5)} attempts)";
    }

    /// <summary>
    /// One of <see cref="Causes"/>, ranked by a Zipf law so a few dominate: mostly the test's own habitual cause, one
    /// failure in four another drawn from the run. Its numbers vary, so only the fingerprint groups them.
    /// </summary>
    public static string Recurring(ulong hash, CatalogSuite suite, CatalogTest test)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(test);
        var draw = Determinism.Pick(hash >> 21, 4) == 0 ? hash : Determinism.Hash(0xCA05E, suite.Index, test.Index);
        var cause = Causes[ZipfRank(Determinism.Unit(draw), Causes.Length)];
        return string.Format(CultureInfo.InvariantCulture, cause, 100 + Determinism.Pick(hash, 30_000), Determinism.Pick(hash >> 17, 1_000_000));
    }

    public static string StackTrace(ulong hash, CatalogSuite suite, CatalogTest test, string type, string message)
    {
        var text = new StringBuilder(4096);
        text.Append(type).Append(": ").Append(message).Append('\n');
        var className = suite.Name;
        text.Append("\tat ").Append(className).Append('.').Append(test.Name).Append('(').Append(ShortName(className)).Append(".java:").Append(40 + test.Index % 900).Append(")\n");
        var frames = 25 + Determinism.Pick(hash, 36);
        for (var i = 0; i < frames; i++)
        {
            var h = Determinism.Hash(hash, i);
            text.Append("\tat com.acme.framework.layer").Append(Determinism.Pick(h, 9)).Append(".Component").Append(Determinism.Pick(h >> 5, 40))
                .Append('.').Append(Frames[Determinism.Pick(h >> 11, Frames.Length)]).Append("(Component").Append(Determinism.Pick(h >> 5, 40))
                .Append(".java:").Append(10 + Determinism.Pick(h >> 17, 600)).Append(")\n");
        }
        if (Determinism.Pick(hash >> 13, 3) == 0)
        {
            text.Append("Caused by: java.io.IOException: connection reset by peer while reading the response of GET /internal/v2/resources\n")
                .Append("\tat java.base/sun.nio.ch.SocketDispatcher.read0(Native Method)\n")
                .Append("\t... ").Append(frames / 2).Append(" more\n");
        }
        return text.ToString();
    }

    /// <summary>The rank r in [0, count) with probability proportional to 1 / (r + 1), for a uniform <paramref name="unit"/>.</summary>
    private static int ZipfRank(double unit, int count)
    {
        var total = 0.0;
        for (var r = 1; r <= count; r++)
        {
            total += 1.0 / r;
        }
        var target = unit * total;
        for (var r = 0; r < count; r++)
        {
            target -= 1.0 / (r + 1);
            if (target < 0)
            {
                return r;
            }
        }
        return count - 1;
    }

    private static string ShortName(string className) => className[(className.LastIndexOf('.') + 1)..];

    private static string Payload(ulong hash, int width)
    {
        var text = new StringBuilder(width);
        while (text.Length < width)
        {
            text.Append("Order{id=").Append(Determinism.Pick(hash, 100000)).Append(", status=PENDING & total=").Append(Determinism.Pick(hash >> 9, 999)).Append(".00}, ");
            hash = Determinism.Hash(hash, text.Length);
        }
        return text.ToString(0, width);
    }
}
