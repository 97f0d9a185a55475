using Dot.Domain.Analytics;
using GraphQL;

namespace Dot.Api.GraphQL.Analytics;

public static class AnalyticsAnswers
{
    /// <summary>The analytics reader's answer to <paramref name="query"/>, cancelled with the request.</summary>
    public static Task<TResult> AnswerAsync<TResult>(this IResolveFieldContext context, IAnalyticsQuery<TResult> query) =>
        context.GetService<IAnalyticsReader>().QueryAsync(query, context.CancellationToken);
}
