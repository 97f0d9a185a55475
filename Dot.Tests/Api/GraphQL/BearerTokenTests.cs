using System.Net;
using System.Security.Cryptography;
using Dot.DevIdentity;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dot.Tests.Api.GraphQL;

/// <summary>Access tokens that look right but are not: each is refused at /graphql with 401.</summary>
public sealed class BearerTokenTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    private const string Query = "{ me { subject } }";

    [Fact]
    public async Task ExpiredToken_SignedByTheIssuer_Answers401()
    {
        var key = factory.Services.GetRequiredService<DevKeyStore>().SigningKey;
        var expired = Mint(key, "acme-automation", DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1));

        var response = await new GraphQLClient(factory.CreateClient(), expired).PostAsync(Query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredToken_OutsideDevelopment_ChallengeKeepsTheLibrarysReasonToItself()
    {
        await using var staging = new DotApiFactory { EnvironmentName = "Staging", Settings = { ["DevIdentity:Enabled"] = "true" } };
        var key = staging.Services.GetRequiredService<DevKeyStore>().SigningKey;
        var expired = Mint(key, "acme-automation", DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1));

        var response = await new GraphQLClient(staging.CreateClient(), expired).PostAsync(Query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Bearer error=\"invalid_token\", error_description=\"The access token is not valid.\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task ExpiredToken_InDevelopment_ChallengeSaysWhy()
    {
        var key = factory.Services.GetRequiredService<DevKeyStore>().SigningKey;
        var expired = Mint(key, "acme-automation", DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1));

        var response = await new GraphQLClient(factory.CreateClient(), expired).PostAsync(Query);

        Assert.Contains("expired", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidToken_SignedByTheIssuer_IsAccepted()
    {
        var key = factory.Services.GetRequiredService<DevKeyStore>().SigningKey;
        var minted = Mint(key, "acme-automation", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10));

        var response = await new GraphQLClient(factory.CreateClient(), minted).PostAsync(Query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task ForeignSignedToken_Answers401()
    {
        using var rsa = RSA.Create(2048);
        var forged = Mint(new RsaSecurityKey(rsa), "acme-automation", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10));

        var response = await new GraphQLClient(factory.CreateClient(), forged).PostAsync(Query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task TokenOfAnIdentityWithoutMembership_Answers401()
    {
        var key = factory.Services.GetRequiredService<DevKeyStore>().SigningKey;
        var stranger = Mint(key, "nobody", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10));

        var response = await new GraphQLClient(factory.CreateClient(), stranger).PostAsync(Query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task DotClaimsInsideTheAccessToken_GrantNothing()
    {
        var key = factory.Services.GetRequiredService<DevKeyStore>().SigningKey;
        var claims = new Dictionary<string, object> { ["dot:role"] = "owner", ["dot:tenant"] = "ten_other" };
        var member = Mint(key, "acme-dashboard", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10), claims);

        var response = await new GraphQLClient(factory.CreateClient(), member).PostAsync("mutation { createDataset(input: { name: \"escalated\" }) { dataset { id } } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
    }

    private static string Mint(SecurityKey key, string subject, DateTime notBefore, DateTime expires, Dictionary<string, object>? extraClaims = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DotApiFactory.Issuer,
            Audience = "dot-api",
            Claims = new Dictionary<string, object>(extraClaims ?? new Dictionary<string, object>()) { ["sub"] = subject },
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
}
