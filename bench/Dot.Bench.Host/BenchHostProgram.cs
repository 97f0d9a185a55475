using Dot.Api;

namespace Dot.Bench.Host;

/// <summary>
/// The API host the benchmarks start: Dot.Api's application exactly as <c>dotnet run --project Dot.Api</c> builds it,
/// plus <c>GET /bench/bare</c>, a minimal-API endpoint answering a tiny JSON object: the baseline of the GraphQL
/// overhead benchmark. It passes the same authentication middleware as <c>/graphql</c>. The production host never
/// maps it.
/// </summary>
internal static class BenchHostProgram
{
    public static void Main(string[] args)
    {
        var app = DotApiApplication.Create(args);
        app.MapGet("/bench/bare", () => Results.Ok(new { data = new { __typename = "Query" } })).AllowAnonymous();
        app.Run();
    }
}
