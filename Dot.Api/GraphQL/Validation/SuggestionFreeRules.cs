using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;

namespace Dot.Api.GraphQL.Validation;

/// <summary>
/// graphql-dotnet's rules for unknown fields, arguments and types answer "Did you mean 'testSummary'?", which tells a
/// caller the schema that switching introspection off is meant to keep to itself. Where it is off, these stand in for
/// them: the same checks, errors, codes and messages, without the suggestions.
/// </summary>
public static class SuggestionFreeRules
{
    /// <summary><paramref name="rules"/> (graphql-dotnet's core rules when null) with the three rules that suggest replaced.</summary>
    public static IEnumerable<IValidationRule> Replace(IEnumerable<IValidationRule>? rules) =>
        (rules ?? DocumentValidator.CoreRules).Select(rule => rule switch
        {
            FieldsOnCorrectType => KnownFields.Instance,
            KnownArgumentNames => KnownArguments.Instance,
            KnownTypeNames => KnownTypes.Instance,
            _ => rule,
        }).ToList();

    private sealed class KnownFields : ValidationRuleBase
    {
        public static readonly KnownFields Instance = new();

        private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLField>((field, context) =>
        {
            if (context.TypeInfo.GetParentType()?.GetNamedType() is { } type && context.TypeInfo.GetFieldDef() is null)
            {
                context.ReportError(new FieldsOnCorrectTypeError(context, field, type, [], []));
            }
        });

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
    }

    private sealed class KnownArguments : ValidationRuleBase
    {
        public static readonly KnownArguments Instance = new();

        private const string Number = "5.4.1";
        private const string Code = "KNOWN_ARGUMENT_NAMES";

        private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLArgument>((argument, context) =>
        {
            var name = argument.Name.StringValue;
            var message = context.TypeInfo.GetAncestor(2) switch
            {
                GraphQLField when context.TypeInfo.GetFieldDef() is { } field && field.Arguments?.Find(argument.Name) is null =>
                    $"Unknown argument '{name}' on field '{field.Name}' of type '{context.TypeInfo.GetParentType()}'.",
                GraphQLDirective when context.TypeInfo.GetDirective() is { } directive && directive.Arguments?.Find(argument.Name) is null =>
                    $"Unknown argument '{name}' on directive '{directive.Name}'.",
                _ => null,
            };
            if (message is not null)
            {
                context.ReportError(new ValidationError(context.Document.Source, Number, message, argument) { Code = Code });
            }
        });

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
    }

    private sealed class KnownTypes : ValidationRuleBase
    {
        public static readonly KnownTypes Instance = new();

        private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLNamedType>(leave: (type, context) =>
        {
            if (context.Schema.AllTypes[type.Name] is null)
            {
                context.ReportError(new KnownTypeNamesError(context, type, []));
            }
        });

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
    }
}
