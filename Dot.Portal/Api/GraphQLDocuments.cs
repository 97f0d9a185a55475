using System.Collections.Frozen;
using System.Reflection;

namespace Dot.Portal.Api;

/// <summary>The portal's GraphQL documents (Api/Documents/*.graphql, embedded in the assembly), by file name.</summary>
public sealed class GraphQLDocuments
{
    private readonly FrozenDictionary<string, string> _documents = Load(typeof(GraphQLDocuments).Assembly);

    /// <summary>Every document by its file name, for the test that validates them against the schema.</summary>
    public IReadOnlyDictionary<string, string> All => _documents;

    public string this[string name] =>
        _documents.TryGetValue(name + ".graphql", out var text)
            ? text
            : throw new KeyNotFoundException($"No GraphQL document {name}.graphql in the portal.");

    private static FrozenDictionary<string, string> Load(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".graphql", StringComparison.Ordinal))
            .ToFrozenDictionary(name => name, name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }, StringComparer.Ordinal);
}
