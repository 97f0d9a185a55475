using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL;

/// <summary>
/// With introspection off (as in Production), a mistyped name is refused without "Did you mean …", which would tell
/// the caller the schema; the code and the rest of the message stay as they are where introspection is on.
/// </summary>
public sealed class SuggestionTests : IDisposable
{
    private readonly DotApiFactory _closed = new();
    private readonly DotApiFactory _open = new();

    public SuggestionTests() => _closed.Settings["GraphQL:Introspection"] = "false";

    public void Dispose()
    {
        _closed.Dispose();
        _open.Dispose();
    }

    [Theory]
    [InlineData("{ testSumary(datasetId: \"x\") { total } }", "Cannot query field 'testSumary' on type 'Query'.", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("{ passRateTrend(intervall: DAY) { total } }", "Unknown argument 'intervall' on field 'passRateTrend' of type 'Query'.", "KNOWN_ARGUMENT_NAMES")]
    [InlineData("query($t: DateTim) { passRateTrend(to: $t) { total } }", "Unknown type DateTim.", "KNOWN_TYPE_NAMES")]
    public async Task AMistypedName_WithIntrospectionOff_GetsNoSuggestion(string query, string message, string code)
    {
        var closed = await PostAsync(_closed, query);
        var open = await PostAsync(_open, query);

        Assert.Equal(HttpStatusCode.BadRequest, closed.Status);
        Assert.Contains(code, closed.ErrorCodes);
        Assert.Contains(Messages(closed), m => m == message);
        Assert.DoesNotContain("Did you mean", closed.Body, StringComparison.Ordinal);
        Assert.Contains(Messages(open), m => m.StartsWith(message + " Did you mean", StringComparison.Ordinal));
        Assert.Equal(open.ErrorCodes, closed.ErrorCodes);
    }

    [Fact]
    public async Task Introspection_WithIntrospectionOff_IsRefused()
    {
        var response = await PostAsync(_closed, "{ __schema { types { name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    private static async Task<GraphQLResponse> PostAsync(DotApiFactory factory, string query) =>
        await new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("acme-automation")).PostAsync(query);

    private static List<string> Messages(GraphQLResponse response) =>
        [.. response.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];
}
