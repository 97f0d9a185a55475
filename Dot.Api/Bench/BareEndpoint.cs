namespace Dot.Api.Bench;

/// <summary>
/// <c>GET /bench/bare</c>: a minimal-API endpoint answering a tiny JSON object, the baseline of the GraphQL overhead
/// benchmark (bench/Dot.Bench, docs/performance.md). Mapped only when <c>Bench:BareEndpoint</c> is true, which
/// nothing sets but the benchmark harness; off by default.
/// </summary>
public static class BareEndpoint
{
    public const string EnabledKey = "Bench:BareEndpoint";

    public static WebApplication MapBenchBareEndpoint(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration.GetValue<bool>(EnabledKey))
        {
            app.MapGet("/bench/bare", () => Results.Ok(new { data = new { __typename = "Query" } })).AllowAnonymous();
        }
        return app;
    }
}
