using Dot.Domain.Naming;
using Dot.Domain.Reports;

namespace Dot.Api.Uploads;

/// <summary>The optional parts of an upload request: <c>?format=&amp;run=&amp;environment=&amp;wait=</c> and <c>Idempotency-Key</c>.</summary>
public sealed record UploadParameters(ReportFormat? Format, string? RunKey, string? Environment, int WaitSeconds, string? IdempotencyKey)
{
    private const int MaxRunKeyLength = 200;
    private const int MaxEnvironmentLength = 100;
    private const int MaxIdempotencyKeyLength = 200;

    public static (UploadParameters? Parameters, BadUploadRequest? Problem) Read(HttpRequest request, int maxWaitSeconds)
    {
        var formatName = request.Query["format"].ToString();
        ReportFormat? format = null;
        if (formatName.Length > 0)
        {
            if (!ReportFormats.TryParse(formatName, out var known))
            {
                return (null, new BadUploadRequest($"Unknown format '{formatName}'. Known: {string.Join(", ", ReportFormats.Names)}."));
            }
            format = known;
        }
        if (Label(request.Query["run"], "run", MaxRunKeyLength, out var run) is { } runProblem)
        {
            return (null, runProblem);
        }
        if (Label(request.Query["environment"], "environment", MaxEnvironmentLength, out var environment) is { } environmentProblem)
        {
            return (null, environmentProblem);
        }
        if (Label(request.Headers["Idempotency-Key"], "Idempotency-Key", MaxIdempotencyKeyLength, out var idempotencyKey) is { } keyProblem)
        {
            return (null, keyProblem);
        }
        var waitText = request.Query["wait"].ToString();
        var wait = 0;
        if (waitText.Length > 0 && (!int.TryParse(waitText, out wait) || wait < 0 || wait > maxWaitSeconds))
        {
            return (null, new BadUploadRequest($"'wait' must be a whole number of seconds from 0 to {maxWaitSeconds}."));
        }
        return (new UploadParameters(format, run, environment, wait, idempotencyKey), null);
    }

    /// <summary>A short, printable label (run key, environment, idempotency key), or null when absent.</summary>
    private static BadUploadRequest? Label(string? value, string name, int maxLength, out string? label)
    {
        label = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (label is null)
        {
            return null;
        }
        return label.Length > maxLength || NameRule.HasHiddenCharacters(label)
            ? new BadUploadRequest($"'{name}' must be at most {maxLength} characters, none of them control or invisible characters.")
            : null;
    }
}
