using Dot.Domain.Audit;
using Dot.Domain.Identifiers;
using Dot.Domain.Tenancy;

namespace Dot.Tests.Storage.Contracts;

/// <summary>What every <see cref="IAuditLog"/> adapter must do; each test works under a fresh tenant.</summary>
public abstract class AuditLogContract(IAuditLog log)
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly string _tenantId = OpaqueId.New(Tenant.IdPrefix);

    [Fact]
    public async Task AnAppendedEventIsListedAsStored_InItsTenantOnly()
    {
        var appended = NewEvent("createDataset", "alice") with { TargetId = "dst_1", RemoteAddress = "203.0.113.7", Reason = null };

        await log.AppendAsync(appended, CancellationToken.None);

        Assert.Equal([appended], await ListAsync(new AuditFilter()));
        Assert.Empty(await log.ListAsync(OpaqueId.New(Tenant.IdPrefix), new AuditFilter(), 10, null, CancellationToken.None));
    }

    [Fact]
    public async Task EventsAreListedNewestFirst_InPagesAfterACursor()
    {
        var events = Enumerable.Range(0, 5).Select(i => NewEvent("createUploadToken", "alice") with { At = Now.AddSeconds(i) }).ToList();
        foreach (var auditEvent in events)
        {
            await log.AppendAsync(auditEvent, CancellationToken.None);
        }

        var first = await log.ListAsync(_tenantId, new AuditFilter(), 2, null, CancellationToken.None);
        var second = await log.ListAsync(_tenantId, new AuditFilter(), 2, first[^1].Id, CancellationToken.None);
        var last = await log.ListAsync(_tenantId, new AuditFilter(), 2, second[^1].Id, CancellationToken.None);

        Assert.Equal([events[4], events[3]], first);
        Assert.Equal([events[2], events[1]], second);
        Assert.Equal([events[0]], last);
        Assert.Empty(await log.ListAsync(_tenantId, new AuditFilter(), 2, events[0].Id, CancellationToken.None));
    }

    [Fact]
    public async Task ACursorOfAnotherTenantOrUnknownGivesNothing()
    {
        await log.AppendAsync(NewEvent("createDataset", "alice"), CancellationToken.None);
        var otherTenant = OpaqueId.New(Tenant.IdPrefix);
        var foreign = NewEvent("createDataset", "carol") with { TenantId = otherTenant };
        await log.AppendAsync(foreign, CancellationToken.None);

        Assert.Empty(await log.ListAsync(_tenantId, new AuditFilter(), 10, foreign.Id, CancellationToken.None));
        Assert.Empty(await log.ListAsync(_tenantId, new AuditFilter(), 10, OpaqueId.New(AuditEvent.IdPrefix), CancellationToken.None));
    }

    [Fact]
    public async Task FiltersByActionAndActor()
    {
        var aliceCreates = NewEvent("createDataset", "alice");
        var bobCreates = NewEvent("createDataset", "bob") with { Outcome = AuditOutcome.Denied, Reason = "ACCESS_DENIED" };
        var aliceRevokes = NewEvent("revokeUploadToken", "alice");
        foreach (var auditEvent in new[] { aliceCreates, bobCreates, aliceRevokes })
        {
            await log.AppendAsync(auditEvent, CancellationToken.None);
        }

        Assert.Equal([bobCreates, aliceCreates], await ListAsync(new AuditFilter(Action: "createDataset")));
        Assert.Equal([aliceRevokes, aliceCreates], await ListAsync(new AuditFilter(Actor: "alice")));
        Assert.Equal([bobCreates], await ListAsync(new AuditFilter("createDataset", "bob")));
        Assert.Empty(await ListAsync(new AuditFilter("revokeUploadToken", "bob")));
    }

    [Fact]
    public async Task EveryActorKindAndOutcomeRoundTrips()
    {
        var appended = new List<AuditEvent>();
        foreach (var kind in Enum.GetValues<CallerKind>())
        {
            foreach (var outcome in Enum.GetValues<AuditOutcome>())
            {
                var auditEvent = NewEvent("revokeReadToken", "rtk_1") with { Actor = new AuditActor("rtk_1", kind), Outcome = outcome };
                await log.AppendAsync(auditEvent, CancellationToken.None);
                appended.Insert(0, auditEvent);
            }
        }

        Assert.Equal(appended, await log.ListAsync(_tenantId, new AuditFilter(), 100, null, CancellationToken.None));
    }

    [Fact]
    public async Task TheSameEventCannotBeAppendedTwice()
    {
        var auditEvent = NewEvent("createDataset", "alice");
        await log.AppendAsync(auditEvent, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => log.AppendAsync(auditEvent with { Action = "deleteConnector" }, CancellationToken.None));

        Assert.Equal([auditEvent], await ListAsync(new AuditFilter()));
    }

    private Task<IReadOnlyList<AuditEvent>> ListAsync(AuditFilter filter) => log.ListAsync(_tenantId, filter, 100, null, CancellationToken.None);

    private AuditEvent NewEvent(string action, string subject) =>
        new(OpaqueId.New(AuditEvent.IdPrefix), _tenantId, Now, new AuditActor(subject, CallerKind.User), action, null, AuditOutcome.Succeeded, null, null);
}
