using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Datasets;

/// <summary>Owners create datasets, members list them, and no tenant sees another's.</summary>
public sealed class DatasetTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    private const string Create = "mutation($name: String!) { createDataset(input: { name: $name }) { dataset { id name createdAt } } }";
    private const string List = "{ datasets { id name } }";

    private async Task<GraphQLClient> ClientAsync(string clientId) =>
        new(factory.CreateClient(), await factory.GetClientTokenAsync(clientId));

    [Fact]
    public async Task Owner_CreatesDataset_AndSeesItListed()
    {
        var acme = await ClientAsync("acme-automation");
        var name = "web-" + Guid.NewGuid().ToString("N");

        var created = (await acme.DataAsync(Create, new { name })).GetProperty("createDataset").GetProperty("dataset");
        var listed = (await acme.DataAsync(List)).GetProperty("datasets").EnumerateArray();

        Assert.StartsWith("dst_", created.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(name, created.GetProperty("name").GetString());
        Assert.Contains(listed, d => d.GetProperty("id").GetString() == created.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Tenants_NeverSeeEachOthersDatasets()
    {
        var acme = await ClientAsync("acme-automation");
        var globex = await ClientAsync("globex-automation");
        var acmeName = "acme-" + Guid.NewGuid().ToString("N");
        var globexName = "globex-" + Guid.NewGuid().ToString("N");
        await acme.DataAsync(Create, new { name = acmeName });
        await globex.DataAsync(Create, new { name = globexName });

        var acmeNames = Names(await acme.DataAsync(List));
        var globexNames = Names(await globex.DataAsync(List));

        Assert.Contains(acmeName, acmeNames);
        Assert.DoesNotContain(globexName, acmeNames);
        Assert.Contains(globexName, globexNames);
        Assert.DoesNotContain(acmeName, globexNames);
    }

    [Fact]
    public async Task SameName_InTwoTenants_IsAllowed()
    {
        var name = "shared-" + Guid.NewGuid().ToString("N");

        await (await ClientAsync("acme-automation")).DataAsync(Create, new { name });
        await (await ClientAsync("globex-automation")).DataAsync(Create, new { name });
    }

    [Fact]
    public async Task ReadOnlyCaller_ListsDatasets_ButCannotCreate()
    {
        var dashboard = await ClientAsync("acme-dashboard");

        await dashboard.DataAsync(List);
        var response = await dashboard.PostAsync(Create, new { name = "nope" });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
        Assert.DoesNotContain("nope", Names(await dashboard.DataAsync(List)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bad\u0001name")]
    public async Task InvalidName_IsRejectedWithInvalidInput(string name)
    {
        var response = await (await ClientAsync("acme-automation")).PostAsync(Create, new { name });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task TooLongName_IsRejectedWithInvalidInput()
    {
        var response = await (await ClientAsync("acme-automation")).PostAsync(Create, new { name = new string('x', 101) });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task DuplicateName_InOneTenant_IsAConflict()
    {
        var acme = await ClientAsync("acme-automation");
        var name = "dup-" + Guid.NewGuid().ToString("N");
        await acme.DataAsync(Create, new { name });

        var response = await acme.PostAsync(Create, new { name = " " + name + " " });

        Assert.Equal(["CONFLICT"], response.ErrorCodes);
    }

    private static List<string?> Names(System.Text.Json.JsonElement data) =>
        data.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
}
