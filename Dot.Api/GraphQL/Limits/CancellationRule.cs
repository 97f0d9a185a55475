using GraphQL.Validation;
using GraphQLParser.AST;

namespace Dot.Api.GraphQL.Limits;

/// <summary>
/// Makes validation stop when the request's token is cancelled (the client left, or the request's time budget is
/// spent): graphql-dotnet's walk of the document does not look at it itself, so this rule looks at every node, and
/// once more before the complexity analysis (the rules' second stage).
/// </summary>
public sealed class CancellationRule : ValidationRuleBase
{
    public static readonly CancellationRule Instance = new();

    private static readonly INodeVisitor Visitor = new CancellationVisitor();

    private CancellationRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        return default;
    }

    private sealed class CancellationVisitor : INodeVisitor
    {
        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }
}
