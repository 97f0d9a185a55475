using Dot.Domain.Intake;
using Microsoft.Net.Http.Headers;

namespace Dot.Api.Uploads;

/// <summary>
/// The request body as the client meant it: read through <see cref="ClientBodyStream"/>, and inflated as it is read
/// when its <c>Content-Encoding</c> is gzip (the inflated bytes count against the limits); other encodings are refused.
/// </summary>
public static class RequestBody
{
    private static readonly string[] Gzip = ["gzip", "x-gzip"];

    public static (Stream? Body, IntakeRefusal? Refusal) Decoded(HttpRequest request, int maxRatio, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        var codings = request.Headers.ContentEncoding.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(c => !c.Equals("identity", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Stream body = new ClientBodyStream(request.Body);
        if (codings.Count == 0)
        {
            return (body, null);
        }
        if (codings.Count > 1 || !Gzip.Contains(codings[0], StringComparer.OrdinalIgnoreCase))
        {
            return (null, new IntakeRefusal(IntakeRefusalReason.UnsupportedEncoding,
                $"The {HeaderNames.ContentEncoding} '{string.Join(", ", codings)}' is not supported: send gzip, or no {HeaderNames.ContentEncoding}."));
        }
        var inflating = new GzipInflatingStream(body, "request body", maxRatio, maxBytes);
        request.HttpContext.Response.RegisterForDispose(inflating);
        return (inflating, null);
    }
}
