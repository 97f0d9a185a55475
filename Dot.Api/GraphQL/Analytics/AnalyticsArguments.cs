using Dot.Api.Auth;
using Dot.Api.GraphQL.Authorization;
using Dot.Api.GraphQL.Datasets;
using Dot.Domain.Analytics;
using Dot.Domain.Classification;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Dot.Api.GraphQL.Analytics;

/// <summary>
/// What every dashboard query takes and checks: an optional dataset (omitted: every dataset the caller may read),
/// a window with defaults and a maximum width, and a complexity cost.
/// </summary>
public static class AnalyticsArguments
{
    /// <summary>
    /// Declares a dashboard query: what it answers and its class of data (Restricted unless said otherwise), an
    /// optional dataset, tenant members only, and its complexity cost. Queries over a window add <see cref="InWindow"/>.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> DashboardQuery<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, string description, double complexity, DataClassification data = DataClassification.Restricted) =>
        field.Classified(data, description)
            .OverDatasets().AuthorizeWithPolicy(DotPolicies.TenantMember).WithComplexityImpact(complexity);

    public static FieldBuilder<TSource, TReturn> OverDatasets<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IdGraphType>("datasetId", "One dataset of the caller's tenant; omitted, all of them.");

    /// <summary>Adds <c>from</c> and <c>to</c>, the window on the time <paramref name="subject"/> names (e.g. "Results that ran").</summary>
    public static FieldBuilder<TSource, TReturn> InWindow<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string subject = "Results that ran") =>
        field
            .Argument<DateTimeGraphType>("from", $"{subject} at or after this instant; default 'to' minus Analytics:DefaultWindowDays (30).")
            .Argument<DateTimeGraphType>("to", $"{subject} before this instant; default now, rounded up to the whole minute. The window may span at most Analytics:MaxWindowDays (400).");

    /// <summary>Adds <c>interval</c>, the width of a trend's points (default DAY); <see cref="Histogram"/> reads it.</summary>
    public static FieldBuilder<TSource, TReturn> PerInterval<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<NonNullGraphType<TimeIntervalType>>("interval", "The width of a point (default DAY).", a => a.DefaultValue = HistogramInterval.Day);

    public static DateHistogram Histogram(this IResolveFieldContext context) => new(context.GetArgument<HistogramInterval>("interval"));

    /// <summary>Adds <c>first</c>: how many rows of a top list, checked like a page size (<see cref="Paging.PageSize"/>).</summary>
    public static FieldBuilder<TSource, TReturn> Top<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("first", $"How many, 1 to the maximum page size (default {Paging.DefaultPageSize}).");

    /// <summary>The datasets to read: the <c>datasetId</c> argument's, or every one the caller may read.</summary>
    public static Task<AnalyticsScope> AnalyticsScopeAsync(this IResolveFieldContext context) =>
        context.ReadableScopeAsync(context.GetArgument<string?>("datasetId"));

    /// <summary>The window of the <c>from</c> and <c>to</c> arguments, defaults filled in, or <c>INVALID_INPUT</c>.</summary>
    public static TimeWindow AnalyticsWindow(this IResolveFieldContext context) =>
        context.AnalyticsWindow(context.GetArgument<DateTime?>("from"), context.GetArgument<DateTime?>("to"));

    public static TimeWindow AnalyticsWindow(this IResolveFieldContext context, DateTime? from, DateTime? to)
    {
        var now = context.GetService<TimeProvider>().GetUtcNow();
        var (window, error) = context.AnalyticsLimits().ResolveWindow(now, DateTimeArguments.AsUtc(from, "from"), DateTimeArguments.AsUtc(to, "to"));
        return window ?? throw ResolveContextExtensions.InvalidInput(error!);
    }

    /// <summary>
    /// Runs an aggregation over the datasets the caller may read, in the window of the arguments; a query past a limit
    /// answers <c>INVALID_INPUT</c> before anything is read.
    /// </summary>
    public static async Task<IReadOnlyList<AggregateBucket>> AggregateAsync(
        this IResolveFieldContext context, ResultFilter filter, IReadOnlyList<Metric> metrics, DateHistogram? histogram = null, GroupBy? groupBy = null)
    {
        var window = context.AnalyticsWindow();
        var query = context.Checked(new AggregationQuery(await context.AnalyticsScopeAsync(), window, filter, metrics, histogram, groupBy));
        return await context.AnswerAsync(query);
    }

    /// <summary>The filter, or <c>INVALID_INPUT</c> saying why it cannot be served.</summary>
    public static ResultFilter Checked(this ResultFilter filter) =>
        filter.Validate() is { } problem ? throw ResolveContextExtensions.InvalidInput(problem) : filter;

    /// <summary>The query, or <c>INVALID_INPUT</c> saying which limit it goes past.</summary>
    public static T Checked<T>(this IResolveFieldContext context, T query)
        where T : ILimitedQuery =>
        query.Validate(context.AnalyticsLimits()) is { } problem ? throw ResolveContextExtensions.InvalidInput(problem) : query;

    public static AnalyticsLimits AnalyticsLimits(this IResolveFieldContext context) =>
        context.GetService<IOptions<AnalyticsOptions>>().Value.Limits;
}
