using Dot.Api.Audit;
using Dot.Api.Auth;
using Dot.Domain.Audit;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;

namespace Dot.Api.GraphQL.Authorization;

/// <summary>
/// Checks, before anything executes, the ASP.NET Core policies declared on every selected field
/// (<c>field.AuthorizeWithPolicy(...)</c>) against the caller; a field the caller may not read fails the request
/// with <see cref="ErrorCodes.AccessDenied"/>.
/// </summary>
public sealed class FieldAuthorizationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new Visitor());

    private sealed class Visitor : INodeVisitor
    {
        public async ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is not GraphQLField field || context.TypeInfo.GetFieldDef() is not { } definition)
            {
                return;
            }
            var policies = definition.GetPolicies();
            if (policies is null || policies.Count == 0)
            {
                return;
            }
            var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
            foreach (var policy in policies)
            {
                var result = await authorization.AuthorizeAsync(context.User!, policy);
                if (!result.Succeeded)
                {
                    var message = $"You are not allowed to use '{field.Name.StringValue}'.";
                    var error = new ValidationError(context.Document.Source, ErrorCodes.AccessDenied, message, field) { Code = ErrorCodes.AccessDenied };
                    context.ReportError(error);
                    await RecordDeniedMutationAsync(context, field.Name.StringValue);
                    return;
                }
            }
        }

        /// <summary>A mutation refused to a caller of a known tenant (a member, a read token) goes into that tenant's audit trail.</summary>
        private static async Task RecordDeniedMutationAsync(ValidationContext context, string action)
        {
            if (context.TypeInfo.GetParentType() == context.Schema.Mutation && context.User?.FindCaller() is { } caller)
            {
                await context.RequestServices!.GetRequiredService<AuditRecorder>().RecordAsync(caller, action, targetId: null, AuditOutcome.Denied, ErrorCodes.AccessDenied);
            }
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }
}
