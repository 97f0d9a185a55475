namespace Dot.Portal.Api;

/// <summary>What a GraphQL request gave: its data, or the problem the API named.</summary>
public sealed record ApiResult<T>(T? Data, ApiProblem? Problem)
    where T : class
{
    /// <summary>The data; only call it once <see cref="Problem"/> is known to be null.</summary>
    public T Value => Data ?? throw new InvalidOperationException($"The API answered {Problem?.Code}: {Problem?.Message}");

    public ApiResult<TResult> Map<TResult>(Func<T, TResult> map)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(map);
        return Problem is null ? new ApiResult<TResult>(map(Value), null) : new ApiResult<TResult>(null, Problem);
    }
}
