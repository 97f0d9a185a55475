using Dot.Api.GraphQL.Datasets;
using Dot.Domain.Datasets;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.Extensions.Options;

namespace Dot.Api.GraphQL;

/// <summary>Forward paging for connections: <c>first</c> (1 to the configured maximum) and an opaque <c>after</c> cursor.</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;

    /// <summary>Adds <c>first</c> and <c>after</c> to a connection field.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", $"How many items, 1 to the maximum page size (default {DefaultPageSize}).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.");

    /// <summary>The page size asked for, checked against the limit.</summary>
    public static int PageSize(this IResolveFieldContext context)
    {
        var max = context.GetService<IOptions<GraphQLOptions>>().Value.MaxPageSize;
        var first = context.GetArgument<int?>("first") ?? DefaultPageSize;
        return first >= 1 && first <= max
            ? first
            : throw ResolveContextExtensions.InvalidInput($"'first' must be from 1 to {max}.");
    }

    /// <summary>Builds a connection from one page fetched with one extra item (which tells whether there is a next page).</summary>
    public static Connection<T> ToConnection<T>(IReadOnlyList<T> fetched, int pageSize, Func<T, string> cursorOf, bool hasPrevious)
    {
        var page = fetched.Take(pageSize).ToList();
        return new Connection<T>
        {
            Edges = page.Select(item => new Edge<T> { Node = item, Cursor = cursorOf(item) }).ToList(),
            PageInfo = new PageInfo
            {
                HasNextPage = fetched.Count > pageSize,
                HasPreviousPage = hasPrevious,
                StartCursor = page.Count > 0 ? cursorOf(page[0]) : null,
                EndCursor = page.Count > 0 ? cursorOf(page[^1]) : null,
            },
        };
    }

    /// <summary>
    /// Resolves a connection over one dataset of the caller's tenant (the <c>datasetId</c> argument): fetches one
    /// page, asking for one item more than the page to learn whether another page follows.
    /// </summary>
    public static async Task<Connection<T>> DatasetPageAsync<T>(
        this IResolveFieldContext context, Func<Dataset, int, string?, Task<IReadOnlyList<T>>> fetch, Func<T, string> cursorOf)
    {
        var dataset = await context.RequireDatasetAsync(context.GetArgument<string>("datasetId"));
        return await context.PageAsync((limit, after) => fetch(dataset, limit, after), cursorOf);
    }

    /// <summary>Resolves a connection: fetches one page after the <c>after</c> cursor, with one item more than the page.</summary>
    public static async Task<Connection<T>> PageAsync<T>(
        this IResolveFieldContext context, Func<int, string?, Task<IReadOnlyList<T>>> fetch, Func<T, string> cursorOf)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var pageSize = context.PageSize();
        var after = context.GetArgument<string?>("after");
        var fetched = await fetch(pageSize + 1, after);
        return ToConnection(fetched, pageSize, cursorOf, hasPrevious: after is not null);
    }
}
