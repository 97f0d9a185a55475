using System.Net;
using System.Text;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL;

/// <summary>The GraphQL over HTTP transport: methods, media types, status codes and limits.</summary>
public sealed class GraphQLHttpTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    private async Task<GraphQLClient> ClientAsync(string clientId = "acme-automation") =>
        new(factory.CreateClient(), await factory.GetClientTokenAsync(clientId));

    [Fact]
    public async Task Post_WithoutToken_Answers401WithBearerChallenge()
    {
        var response = await new GraphQLClient(factory.CreateClient(), null).PostAsync("{ me { subject } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_WithGarbageToken_Answers401InvalidToken()
    {
        var response = await new GraphQLClient(factory.CreateClient(), "not-a-jwt").PostAsync("{ me { subject } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_ForAutomationClient_AnswersSubjectTenantAndOwnerRole()
    {
        var client = await ClientAsync();

        var response = await client.PostAsync("{ me { subject tenant { id } roles } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        var me = response.Json.GetProperty("data").GetProperty("me");
        Assert.Equal("acme-automation", me.GetProperty("subject").GetString());
        Assert.StartsWith("ten_", me.GetProperty("tenant").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("owner", me.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task Get_Query_IsExecuted()
    {
        var client = await ClientAsync("acme-dashboard");

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ me { roles } }")));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("member", response.Json.GetProperty("data").GetProperty("me").GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task Get_Mutation_Answers405AllowPost()
    {
        var client = await ClientAsync();
        var query = Uri.EscapeDataString("mutation { createDataset(input: { name: \"x\" }) { dataset { id } } }");

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + query));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_MalformedJson_Answers400WithMessage()
    {
        var response = await (await ClientAsync()).SendAsync(Raw("{ \"query\": ", "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_JSON"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_WrongContentType_Answers415()
    {
        var response = await (await ClientAsync()).SendAsync(Raw("{ me { subject } }", "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_Batch_IsRefused()
    {
        var response = await (await ClientAsync()).SendAsync(Raw("[{\"query\":\"{ me { subject } }\"}]", "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BATCHING_NOT_SUPPORTED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_MissingQuery_Answers400()
    {
        var response = await (await ClientAsync()).SendAsync(Raw("{\"variables\":{}}", "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["QUERY_REQUIRED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_UnknownOperationName_Answers400()
    {
        var response = await (await ClientAsync()).PostAsync("query A { me { subject } }", operationName: "B");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.True(response.HasErrors);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Post_SyntaxError_Answers400WithLocation()
    {
        var response = await (await ClientAsync()).PostAsync("{ me { subject }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.True(response.Json.GetProperty("errors")[0].TryGetProperty("locations", out _));
        Assert.NotEmpty(response.ErrorCodes[0]);
    }

    [Fact]
    public async Task Post_ValidationErrorAskingForPlainJson_Answers200WithErrors()
    {
        var request = Raw("{\"query\":\"{ nope }\"}", "application/json");
        request.Headers.Accept.ParseAdd("application/json");

        var response = await (await ClientAsync()).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.NotEmpty(response.ErrorCodes[0]);
    }

    [Fact]
    public async Task Post_QueryDeeperThanLimit_IsRejectedWithCodeAndNotExecuted()
    {
        string[] path = ["__schema", "types", "fields", "type", .. Enumerable.Repeat("ofType", 10)];
        var deep = "{ " + path.Reverse().Aggregate("name", (inner, field) => $"{field} {{ {inner} }}") + " }";

        var response = await (await ClientAsync()).PostAsync(deep);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.ErrorCodes, code => code.Contains("COMPLEXITY", StringComparison.Ordinal));
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Post_BodyOverLimit_Answers413()
    {
        var huge = "{\"query\":\"{ me { subject } }\",\"variables\":{\"x\":\"" + new string('a', 200_000) + "\"}}";

        var response = await (await ClientAsync()).SendAsync(Raw(huge, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Fact]
    public async Task Put_Answers405()
    {
        var response = await (await ClientAsync()).SendAsync(Raw("{}", "application/json", HttpMethod.Put));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    private static HttpRequestMessage Raw(string body, string contentType, HttpMethod? method = null) =>
        new(method ?? HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, contentType) };
}
