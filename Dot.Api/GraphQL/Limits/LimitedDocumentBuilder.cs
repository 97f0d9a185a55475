using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Dot.Api.GraphQL.Limits;

/// <summary>
/// Parses documents for the executer and the HTTP endpoint, and refuses with <see cref="ErrorCodes.TooComplex"/>,
/// before any validation rule runs, a document whose size would make validation costly: more tokens than
/// <c>GraphQL:MaxTokens</c> (counted before parsing), nesting deeper than the parser's limit, or more fields than
/// <c>MaxFields</c> or fragment spreads than <c>MaxFragmentSpreads</c> once its fragments are expanded
/// (<see cref="DocumentShape"/> counts them in linear time). Every check is linear in the document's length.
/// </summary>
public sealed class LimitedDocumentBuilder(IOptions<GraphQLOptions> options) : IDocumentBuilder
{
    private readonly GraphQLOptions _limits = options.Value;
    private readonly GraphQLDocumentBuilder _parser = new();

    public GraphQLDocument Build(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (TokenCount.Of(body, _limits.MaxTokens) > _limits.MaxTokens)
        {
            throw TooComplex($"The document has more than {_limits.MaxTokens} tokens.");
        }
        GraphQLDocument document;
        try
        {
            document = _parser.Build(body);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw TooComplex("The document is nested too deeply.");
        }
        var shape = DocumentShape.Of(document);
        if (shape.ExpandedSpreads > _limits.MaxFragmentSpreads)
        {
            throw TooComplex($"The document comes to more than {_limits.MaxFragmentSpreads} fragment spreads once its fragments are expanded.");
        }
        if (Math.Max(shape.Fields, shape.ExpandedFields) > _limits.MaxFields)
        {
            throw TooComplex($"The document selects more than {_limits.MaxFields} fields, a fragment's fields counted each time it is spread.");
        }
        return document;
    }

    private static ExecutionError TooComplex(string reason) =>
        new(reason + " Send a smaller document.") { Code = ErrorCodes.TooComplex };
}
