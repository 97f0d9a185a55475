using System.Text;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// The documents of the security probe's findings F1 and F2, which DoT must refuse quickly: the benchmark times the
/// refusals and the tests assert them.
/// </summary>
public static class HostileDocuments
{
    /// <summary>
    /// F1: fragment F0 selects <c>subject</c> and each next fragment spreads the previous one twice, so the operation
    /// comes to 2^<paramref name="levels"/> fields in a document of about 40 bytes a level.
    /// </summary>
    public static string FragmentFanOut(int levels)
    {
        var text = new StringBuilder("fragment F0 on Viewer { subject }");
        for (var level = 1; level <= levels; level++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $" fragment F{level} on Viewer {{ ...F{level - 1} ...F{level - 1} }}");
        }
        return text.Append(System.Globalization.CultureInfo.InvariantCulture, $" {{ me {{ ...F{levels} }} }}").ToString();
    }

    /// <summary>F2: one field repeated <paramref name="times"/> times, 8 bytes each, whose validation is quadratic.</summary>
    public static string RepeatedField(int times) => "{ me {" + string.Concat(Enumerable.Repeat(" subject", times)) + " } }";

    /// <summary>The most repeats whose request body (<c>{"query":"…"}</c>) stays within <paramref name="maxRequestBytes"/>.</summary>
    public static int MostRepeatsWithin(int maxRequestBytes) => (maxRequestBytes - """{"query":"{ me { } }"}""".Length) / " subject".Length;
}
