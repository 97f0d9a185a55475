using System.Net;
using System.Security.Claims;
using Dot.Api.Auth;
using Dot.Api.GraphQL;
using Dot.Domain.Tenancy;
using Dot.Domain.Tokens;
using Dot.Tests.Support;
using GraphQL;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.GraphQL.ReadTokens;

/// <summary>A read token changes nothing: every mutation, today's and any added later, refuses it.</summary>
public sealed class ReadTokenMutationTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    public static TheoryData<string> Mutations => new()
    {
        "mutation { createDataset(input: { name: \"from-a-dashboard\" }) { dataset { id } } }",
        "mutation($id: ID!) { createUploadToken(input: { datasetId: $id, name: \"x\" }) { token } }",
        "mutation($id: ID!) { revokeUploadToken(input: { id: $id }) { uploadToken { id } } }",
        "mutation($id: ID!) { createReadToken(input: { datasetId: $id, name: \"x\" }) { token } }",
        "mutation($id: ID!) { revokeReadToken(input: { id: $id }) { readToken { id } } }",
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task ReadToken_OnAMutation_IsAccessDenied(string mutation)
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var (secret, token) = await scenario.CreateReadTokenAsync();
        var id = mutation.Contains("revokeUploadToken", StringComparison.Ordinal) ? scenario.Tenant.UploadTokenId
            : mutation.Contains("revokeReadToken", StringComparison.Ordinal) ? token.GetProperty("id").GetString()
            : scenario.DatasetId;

        var response = await scenario.Dashboard(secret).PostAsync(mutation, new { id });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, (await scenario.Dashboard(secret).PostAsync("{ datasets { id } }")).Status);
    }

    [Fact]
    public async Task EveryMutationInTheSchema_RefusesEveryReadToken()
    {
        var schema = factory.Services.GetRequiredService<DotSchema>();
        schema.Initialize();
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();
        var readToken = new ClaimsPrincipal(DotClaims.CreateIdentity(new Caller("rtk_x", "ten_x", Role.Member, null, DataScope.Restricted)));

        foreach (var field in schema.Mutation!.Fields)
        {
            var policies = field.GetPolicies() ?? [];
            var refused = false;
            foreach (var policy in policies)
            {
                refused |= !(await authorization.AuthorizeAsync(readToken, policy)).Succeeded;
            }
            Assert.True(refused, $"Mutation '{field.Name}' would let a read token through: give it a policy read tokens fail (e.g. {DotPolicies.TenantOwner}).");
        }
    }
}
