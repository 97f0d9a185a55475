using System.Globalization;
using System.Text.Json;

namespace Dot.Api.Connectors.Jira;

/// <summary>
/// Where a Jira connector stands: the latest <c>updated</c> stored (the watermark incremental runs start from) and
/// when its last full reconciliation started. Stored as JSON; a cursor from before reconciliations existed is the
/// bare watermark, and reads as never reconciled.
/// </summary>
public sealed record JiraCursor(DateTimeOffset? Updated, DateTimeOffset? ReconciledAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static JiraCursor Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new JiraCursor(null, null);
        }
        return text.TrimStart().StartsWith('{')
            ? JsonSerializer.Deserialize<JiraCursor>(text, Json) ?? new JiraCursor(null, null)
            : new JiraCursor(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture), null);
    }

    /// <summary>Whether a run starting at <paramref name="now"/> must fetch the whole JQL and remove what it no longer holds.</summary>
    public bool ReconciliationDue(DateTimeOffset now, TimeSpan every) => ReconciledAt is not { } last || now - last >= every;

    /// <summary>The cursor after a stored page whose latest update is <paramref name="latest"/>: the watermark never goes back.</summary>
    public JiraCursor After(DateTimeOffset? latest) =>
        latest is { } at && (Updated is null || at > Updated) ? this with { Updated = at.ToUniversalTime() } : this;

    public string Format() => JsonSerializer.Serialize(this, Json);
}
