using Dot.Api.GraphQL;
using Dot.Tests.Support;
using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.GraphQL;

/// <summary>schema/schema.graphql is the contract dashboards build on: it must be exactly the served schema.</summary>
public sealed class SchemaTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Fact]
    public void CheckedInSchema_EqualsServedSchema()
    {
        var schema = factory.Services.GetRequiredService<DotSchema>();
        var served = schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal });
        var path = Path.Combine(RepositoryPaths.Root, "schema", "schema.graphql");

        if (Environment.GetEnvironmentVariable("DOT_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, served);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with DOT_UPDATE_SCHEMA=1 to write it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings(), served.ReplaceLineEndings());
    }
}
