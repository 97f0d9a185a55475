using Dot.Domain.Results;

namespace Dot.Domain.Analytics;

/// <summary>Where a page of runs ends: the last upload time and id of its last run.</summary>
public sealed record TestRunCursor(DateTimeOffset LastUploadAt, string RunId)
{
    public static TestRunCursor Of(TestRunSummary run) => new(run.LastUploadAt, run.RunId);

    public string Encode() =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{LastUploadAt.UtcTicks}:{RunId}"));

    /// <summary>The cursor a client sent back, or null when it is not one of ours.</summary>
    public static TestRunCursor? Decode(string? text)
    {
        try
        {
            var parts = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(text ?? string.Empty)).Split(':', 2);
            return parts.Length == 2 && long.TryParse(parts[0], out var ticks) && ticks >= 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks
                ? new TestRunCursor(new DateTimeOffset(ticks, TimeSpan.Zero), parts[1])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
