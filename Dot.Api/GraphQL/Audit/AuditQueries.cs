using Dot.Api.Auth;
using Dot.Api.GraphQL.Authorization;
using Dot.Domain.Audit;
using Dot.Domain.Classification;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Dot.Api.GraphQL.Audit;

public static class AuditQueries
{
    public static void AddAuditQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<AuditEventType, EdgeType<AuditEventType>>>>("auditEvents")
            .Classified(DataClassification.Restricted, "Who changed the tenant's configuration, or tried to, newest first. Owners only.")
            .Argument<StringGraphType>("action", "Only this action (a mutation's name, e.g. revokeUploadToken).")
            .Argument<StringGraphType>("actor", "Only this actor (a subject or a token id).")
            .Paged()
            .AuthorizeWithPolicy(DotPolicies.TenantOwner)
            .ResolveAsync(async context =>
            {
                var filter = new AuditFilter(FilterArgument(context, "action"), FilterArgument(context, "actor"));
                var tenantId = context.GetCaller().TenantId;
                return await context.PageAsync(
                    (limit, after) => context.GetService<IAuditLog>().ListAsync(tenantId, filter, limit, after, context.CancellationToken),
                    auditEvent => auditEvent.Id);
            });
    }

    private static string? FilterArgument(IResolveFieldContext context, string name) =>
        context.GetArgument<string?>(name) is { } value && value.Length > AuditEvent.MaxFilterLength
            ? throw ResolveContextExtensions.InvalidInput($"'{name}' must be at most {AuditEvent.MaxFilterLength} characters.")
            : context.GetArgument<string?>(name);
}
