using Dot.Portal.Api;
using Dot.Portal.Tests.Support;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Dot.Portal.Tests.Api;

/// <summary>
/// The portal's GraphQL documents are valid against schema/schema.graphql, the schema the API serves (another test
/// keeps the two equal), so a schema change that breaks a page fails here first.
/// </summary>
public sealed class GraphQLDocumentTests
{
    private static readonly Lazy<ISchema> Schema = new(() =>
    {
        var schema = GraphQL.Types.Schema.For(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "schema.graphql")));
        schema.Initialize();
        return schema;
    });

    public static TheoryData<string> Documents()
    {
        var names = new TheoryData<string>();
        foreach (var name in new GraphQLDocuments().All.Keys.Order(StringComparer.Ordinal))
        {
            names.Add(name);
        }
        return names;
    }

    [Fact]
    public void The_portal_has_its_documents()
    {
        var names = new GraphQLDocuments().All.Keys;

        Assert.Contains("Dashboard.graphql", names);
        Assert.Contains("CreateUploadToken.graphql", names);
        Assert.True(names.Count() >= 10, string.Join(", ", names));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Document_is_valid_against_the_served_schema(string name)
    {
        var errors = await ValidateAsync(new GraphQLDocuments().All[name]);

        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors)}");
    }

    [Fact]
    public async Task A_field_the_schema_lacks_is_refused()
    {
        var errors = await ValidateAsync("query { datasets { id colour } }");

        Assert.Contains(errors, error => error.Contains("colour", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> ValidateAsync(string text)
    {
        var document = Parser.Parse(text);
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = Schema.Value,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
        });
        // The documents are checked, not variable values: none are given, and the missing ones are no fault.
        return [.. result.Errors.Where(error => error is not InvalidVariableError).Select(error => error.Message)];
    }
}
