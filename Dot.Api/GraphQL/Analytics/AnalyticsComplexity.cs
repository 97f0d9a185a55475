namespace Dot.Api.GraphQL.Analytics;

/// <summary>
/// What a dashboard query adds to a request's complexity (held to <c>GraphQL:MaxComplexity</c>, 2000 by default),
/// besides its fields: a request can ask for a dashboard's worth of them, but not for hundreds.
/// </summary>
public static class AnalyticsComplexity
{
    /// <summary>One scan of the window: a trend, a group-by, a page of results.</summary>
    public const double Scan = 100;

    /// <summary>Flaky tests: a scan, and an ordered window over every (test, run) pair of it.</summary>
    public const double Flaky = 200;
}
