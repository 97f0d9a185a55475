using Dot.Api.Audit;
using Dot.Domain.Audit;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Audit;

/// <summary>
/// Every mutation is audited: its resolver is wrapped so that each call appends one event, named for the field,
/// with the target its payload (or else its input) names and how it ended. A refusal before execution (403) is
/// recorded by <see cref="Authorization.FieldAuthorizationRule"/>.
/// </summary>
public static class AuditedMutations
{
    public static void AuditEveryField(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        foreach (var field in mutation.Fields)
        {
            field.Resolver = new AuditedResolver(field.Name, field.Resolver ?? throw new InvalidOperationException($"Mutation '{field.Name}' has no resolver."));
        }
    }

    private sealed class AuditedResolver(string action, IFieldResolver inner) : IFieldResolver
    {
        public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var caller = context.GetCaller();
            var recorder = context.GetService<AuditRecorder>();
            var inputTarget = context.Arguments is { } arguments && arguments.TryGetValue("input", out var input) ? (input.Value as IAuditTarget)?.AuditTargetId : null;
            object? payload;
            try
            {
                payload = await inner.ResolveAsync(context);
            }
            catch (ExecutionError refused)
            {
                await recorder.RecordAsync(caller, action, inputTarget, AuditOutcome.Failed, refused.Code);
                throw;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await recorder.RecordAsync(caller, action, inputTarget, AuditOutcome.Failed, "INTERNAL_ERROR");
                throw;
            }
            await recorder.RecordAsync(caller, action, (payload as IAuditTarget)?.AuditTargetId ?? inputTarget, AuditOutcome.Succeeded);
            return payload;
        }
    }
}
