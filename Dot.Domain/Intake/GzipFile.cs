using Dot.Domain.IO;

namespace Dot.Domain.Intake;

/// <summary>
/// Tells a gzip file from its first bytes, whatever its name, and offers it inflated under the intake's limits, with
/// its <c>.gz</c> suffix dropped from the name; any other file is offered as it came.
/// </summary>
internal static class GzipFile
{
    private const int MagicLength = 2;

    public static async Task<IntakeFile> InflatedAsync(IntakeFile file, int maxRatio, long maxBytes, CancellationToken cancellationToken)
    {
        var head = new byte[MagicLength];
        var filled = await file.Content.ReadAtLeastAsync(head, MagicLength, throwOnEndOfStream: false, cancellationToken);
        var content = new PrefixedStream(head.AsMemory(0, filled), file.Content);
        return GzipInflatingStream.IsGzip(head.AsSpan(0, filled))
            ? new IntakeFile(WithoutSuffix(file.Name), new GzipInflatingStream(content, file.Name, maxRatio, maxBytes))
            : file with { Content = content };
    }

    private static string WithoutSuffix(string name)
    {
        foreach (var suffix in (string[])[".gz", ".gzip"])
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }
        return name;
    }
}
