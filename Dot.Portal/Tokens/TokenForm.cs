using Dot.Portal.Api;

namespace Dot.Portal.Tokens;

/// <summary>The create-token form: a name and an expiry date (UTC midnight), and for a read token its scope and reach.</summary>
public sealed class TokenForm
{
    /// <summary>The expiry proposed and the latest the date field offers; the API's own limit decides.</summary>
    public const int LifetimeDays = 365;

    public const string WholeTenant = "tenant";

    public string? Name { get; set; }

    public DateOnly? Expires { get; set; }

    public string Scope { get; set; } = "RESTRICTED";

    /// <summary><c>dataset</c> (this dataset only) or <see cref="WholeTenant"/>.</summary>
    public string Covers { get; set; } = "dataset";

    public DateTimeOffset? ExpiresAt =>
        Expires is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    public static TokenForm Proposed(DateOnly today) => new() { Expires = today.AddDays(LifetimeDays) };

    /// <summary>The form field an invalid-input message is about: the name, or else the expiry.</summary>
    public static string FieldOf(ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Message.Contains("name", StringComparison.OrdinalIgnoreCase) ? nameof(Name) : nameof(Expires);
    }
}
