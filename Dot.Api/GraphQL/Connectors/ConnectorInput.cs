using GraphQL;

namespace Dot.Api.GraphQL.Connectors;

/// <summary>How connector resolvers turn the service's refusals into GraphQL errors.</summary>
internal static class ConnectorInput
{
    /// <summary>Runs <paramref name="action"/>; an <see cref="ArgumentException"/> becomes <c>INVALID_INPUT</c> with its sentence.</summary>
    public static async Task<T> CheckedAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (ArgumentException exception)
        {
            throw ResolveContextExtensions.InvalidInput(exception.Message.Split(" (Parameter", 2)[0]);
        }
    }

    public static ExecutionError NotFound(string id) => new($"No connector with id '{id}'.") { Code = ErrorCodes.NotFound };
}
