using Amazon.DynamoDBv2.Model;
using Dot.Domain.Audit;
using Dot.Domain.Tenancy;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// A tenant's audit trail in its partition, append-only: a per-tenant counter (<c>AUDIT_SEQ</c>, an atomic
/// <c>ADD</c>) that orders events as they were appended, an id guard (<c>AUDIT_ID#id</c>, holding the event's number,
/// put only if absent, so an id is stored once; a refused one leaves a gap in the numbers, which order but do not
/// count), and the event at <c>AUDIT#seq</c>. Listing reads the partition backwards from the newest (or from just
/// before the event named as the cursor), filtering on action and actor.
/// </summary>
public sealed class DynamoAuditLog(DynamoTable table) : IAuditLog
{
    private const string EventPrefix = "AUDIT#";
    private const string IdPrefix = "AUDIT_ID#";
    private const string Sequence = "AUDIT_SEQ";

    public async Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var pk = TableKeys.Tenant(auditEvent.TenantId);
        var counter = await table.TryUpdateAsync(pk, Sequence, new Update("ADD seq :one", condition: null).Value(":one", 1), cancellationToken);
        var seq = counter!.Long("seq");
        var guard = DynamoTable.NewItem(pk, IdPrefix + auditEvent.Id);
        guard["seq"] = Attributes.N(seq);
        if (!await table.PutNewAsync(guard, cancellationToken))
        {
            throw new InvalidOperationException($"An audit event with id '{auditEvent.Id}' is already stored.");
        }
        var item = DynamoTable.NewItem(pk, EventPrefix + Ordinals.Of(seq))
            .With("id", auditEvent.Id).With("at", auditEvent.At).With("actor", auditEvent.Actor.Subject).With("actorKind", auditEvent.Actor.Kind.ToString())
            .With("action", auditEvent.Action).With("targetId", auditEvent.TargetId).With("outcome", auditEvent.Outcome.ToString())
            .With("remoteAddress", auditEvent.RemoteAddress).With("reason", auditEvent.Reason);
        await table.PutAsync(item, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEvent>> ListAsync(string tenantId, AuditFilter filter, int limit, string? afterId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pk = TableKeys.Tenant(tenantId);
        var upper = EventPrefix + "~";
        if (afterId is not null)
        {
            if (await table.GetAsync(pk, IdPrefix + afterId, cancellationToken) is not { } after || after.LongOrNull("seq") is not { } seq)
            {
                return [];
            }
            upper = EventPrefix + Ordinals.Of(seq - 1);
        }
        var query = new QueryRequest
        {
            KeyConditionExpression = "pk = :pk AND sk BETWEEN :low AND :high",
            ExpressionAttributeValues = new() { [":pk"] = Attributes.S(pk), [":low"] = Attributes.S(EventPrefix), [":high"] = Attributes.S(upper) },
            ScanIndexForward = false,
            ConsistentRead = true,
        };
        AddFilter(query, filter);
        return await table.QueryAsync(query, limit, cancellationToken)
            .Select(item => Read(tenantId, item))
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    private static void AddFilter(QueryRequest query, AuditFilter filter)
    {
        var matches = new[] { ("action", filter.Action), ("actor", filter.Actor) }.Where(m => m.Item2 is not null).ToList();
        if (matches.Count == 0)
        {
            return;
        }
        query.FilterExpression = string.Join(" AND ", matches.Select(m => $"#{m.Item1} = :{m.Item1}"));
        query.ExpressionAttributeNames = matches.ToDictionary(m => "#" + m.Item1, m => m.Item1);
        foreach (var (attribute, value) in matches)
        {
            query.ExpressionAttributeValues[":" + attribute] = Attributes.S(value!);
        }
    }

    private static AuditEvent Read(string tenantId, Dictionary<string, AttributeValue> item) =>
        new(
            item.Str("id"), tenantId, item.Time("at"), new AuditActor(item.Str("actor"), Enum.Parse<CallerKind>(item.Str("actorKind"))),
            item.Str("action"), item.StrOrNull("targetId"), Enum.Parse<AuditOutcome>(item.Str("outcome")), item.StrOrNull("remoteAddress"), item.StrOrNull("reason"));
}
