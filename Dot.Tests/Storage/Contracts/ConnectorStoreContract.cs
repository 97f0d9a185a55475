using Dot.Domain.Connectors;
using Dot.Domain.Identifiers;
using Dot.Domain.Secrets;

namespace Dot.Tests.Storage.Contracts;

/// <summary>What every <see cref="IConnectorStore"/> and <see cref="IConnectorRunStore"/> adapter must do; each test works under a fresh tenant.</summary>
public abstract class ConnectorStoreContract(IConnectorStore store, IConnectorRunStore runs)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string _tenantId = OpaqueId.New("ten");
    private readonly string _datasetId = OpaqueId.New("dst");

    [Fact]
    public async Task Create_StoresTheConnector_FoundByItsTenantOnly()
    {
        var connector = NewConnector("jira-web") with { NextRunAt = Now.AddHours(1) };

        await store.CreateAsync(connector, CancellationToken.None);

        var found = await store.FindAsync(_tenantId, connector.Id, CancellationToken.None);
        Assert.Equal(connector, found);
        Assert.Null(await store.FindAsync(OpaqueId.New("ten"), connector.Id, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(connector, CancellationToken.None));
    }

    [Fact]
    public async Task List_GivesTheTenantsConnectors_ByName_OfOneDatasetWhenAsked()
    {
        await store.CreateAsync(NewConnector("b"), CancellationToken.None);
        await store.CreateAsync(NewConnector("a"), CancellationToken.None);
        await store.CreateAsync(NewConnector("c") with { DatasetId = OpaqueId.New("dst") }, CancellationToken.None);

        Assert.Equal(["a", "b", "c"], (await store.ListAsync(_tenantId, null, CancellationToken.None)).Select(c => c.Name));
        Assert.Equal(["a", "b"], (await store.ListAsync(_tenantId, _datasetId, CancellationToken.None)).Select(c => c.Name));
        Assert.Empty(await store.ListAsync(OpaqueId.New("ten"), null, CancellationToken.None));
    }

    [Fact]
    public async Task Update_ChangesTheConnector_NotAnotherTenants()
    {
        var connector = NewConnector("old");
        await store.CreateAsync(connector, CancellationToken.None);
        var changed = connector with { Name = "new", Schedule = "*/5 * * * *", Enabled = false, NeedsAttention = true, NextRunAt = Now };

        Assert.True(await store.UpdateAsync(changed, CancellationToken.None));
        Assert.False(await store.UpdateAsync(changed with { TenantId = OpaqueId.New("ten") }, CancellationToken.None));

        Assert.Equal(changed, await store.FindAsync(_tenantId, connector.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Secret_IsStoredSealed_AndItsTimeRecorded()
    {
        var connector = NewConnector("jira");
        await store.CreateAsync(connector, CancellationToken.None);
        var secret = new SealedSecret(1, "key-1", new byte[] { 1, 2 }, new byte[] { 3 }, new byte[] { 4, 5, 6 }, new byte[] { 7 });

        Assert.True(await store.SetSecretAsync(_tenantId, connector.Id, secret, Now, CancellationToken.None));
        Assert.False(await store.SetSecretAsync(OpaqueId.New("ten"), connector.Id, secret, Now, CancellationToken.None));

        var found = await store.FindSecretAsync(_tenantId, connector.Id, CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal((secret.Version, secret.KeyId), (found.Version, found.KeyId));
        Assert.Equal(secret.Ciphertext.ToArray(), found.Ciphertext.ToArray());
        Assert.Equal(secret.Tag.ToArray(), found.Tag.ToArray());
        Assert.Equal(Now, (await store.FindAsync(_tenantId, connector.Id, CancellationToken.None))!.SecretSetAt);
        Assert.Null(await store.FindSecretAsync(OpaqueId.New("ten"), connector.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Delete_RemovesTheConnectorItsSecretAndRuns()
    {
        var connector = NewConnector("gone");
        await store.CreateAsync(connector, CancellationToken.None);
        await store.SetSecretAsync(_tenantId, connector.Id, new SealedSecret(1, "k", new byte[] { 1 }, new byte[] { 1 }, new byte[] { 1 }, new byte[] { 1 }), Now, CancellationToken.None);
        await runs.SaveAsync(NewRun(connector.Id), CancellationToken.None);

        Assert.False(await store.DeleteAsync(OpaqueId.New("ten"), connector.Id, CancellationToken.None));
        Assert.True(await store.DeleteAsync(_tenantId, connector.Id, CancellationToken.None));

        Assert.Null(await store.FindAsync(_tenantId, connector.Id, CancellationToken.None));
        Assert.Null(await store.FindSecretAsync(_tenantId, connector.Id, CancellationToken.None));
        Assert.Empty(await runs.ListAsync(_tenantId, connector.Id, 10, null, CancellationToken.None));
    }

    [Fact]
    public async Task Lease_IsHeldByOneHolderUntilItExpiresOrIsReleased()
    {
        var connector = NewConnector("leased") with { NextRunAt = Now };
        await store.CreateAsync(connector, CancellationToken.None);

        Assert.True(await store.TryLeaseAsync(_tenantId, connector.Id, "a", Now, Now.AddMinutes(1), CancellationToken.None));
        Assert.False(await store.TryLeaseAsync(_tenantId, connector.Id, "b", Now, Now.AddMinutes(1), CancellationToken.None));
        Assert.True(await store.TryLeaseAsync(_tenantId, connector.Id, "a", Now, Now.AddMinutes(2), CancellationToken.None));
        Assert.DoesNotContain(await store.ListDueAsync(Now.AddMinutes(1), 100, CancellationToken.None), c => c.Id == connector.Id);
        Assert.True(await store.TryLeaseAsync(_tenantId, connector.Id, "b", Now.AddMinutes(3), Now.AddMinutes(4), CancellationToken.None));
        Assert.False(await store.SaveCursorAsync(_tenantId, connector.Id, "a", "stale", CancellationToken.None));
        Assert.True(await store.SaveCursorAsync(_tenantId, connector.Id, "b", "c-1", CancellationToken.None));

        await store.ReleaseLeaseAsync(_tenantId, connector.Id, "b", CancellationToken.None);

        Assert.True(await store.TryLeaseAsync(_tenantId, connector.Id, "a", Now.AddMinutes(3), Now.AddMinutes(4), CancellationToken.None));
        Assert.Equal("c-1", (await store.FindAsync(_tenantId, connector.Id, CancellationToken.None))!.Cursor);
    }

    [Fact]
    public async Task ListDue_GivesEnabledConnectorsWhoseRunIsDue()
    {
        var due = NewConnector("due") with { NextRunAt = Now.AddMinutes(-5) };
        var later = NewConnector("later") with { NextRunAt = Now.AddMinutes(5) };
        var disabled = NewConnector("disabled") with { NextRunAt = Now.AddMinutes(-5), Enabled = false };
        foreach (var connector in new[] { due, later, disabled })
        {
            await store.CreateAsync(connector, CancellationToken.None);
        }

        var listed = (await store.ListDueAsync(Now, 1000, CancellationToken.None)).Where(c => c.TenantId == _tenantId).ToList();

        Assert.Equal([due.Id], listed.Select(c => c.Id));
    }

    [Fact]
    public async Task Runs_AreListedNewestFirst_PagedAfterAnId_AndUpdatedInPlace()
    {
        var connectorId = OpaqueId.New("con");
        var first = NewRun(connectorId);
        var second = NewRun(connectorId);
        var third = NewRun(connectorId);
        foreach (var run in new[] { first, second, third })
        {
            await runs.SaveAsync(run, CancellationToken.None);
        }
        var finished = second with { Status = ConnectorRunStatus.Failed, StartedAt = Now, FinishedAt = Now.AddSeconds(3), Pages = 2, ItemsFetched = 150, Error = "Jira said no." };
        await runs.SaveAsync(finished, CancellationToken.None);

        Assert.Equal([third.Id, second.Id, first.Id], (await runs.ListAsync(_tenantId, connectorId, 10, null, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([first.Id], (await runs.ListAsync(_tenantId, connectorId, 10, second.Id, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal(finished, await runs.FindAsync(_tenantId, second.Id, CancellationToken.None));
        Assert.Equal(first.Id, (await runs.FindQueuedAsync(_tenantId, connectorId, CancellationToken.None))?.Id);
        Assert.Null(await runs.FindAsync(OpaqueId.New("ten"), second.Id, CancellationToken.None));
    }

    private Connector NewConnector(string name) =>
        new(OpaqueId.New(Connector.IdPrefix), _tenantId, _datasetId, name, ConnectorKind.Jira,
            new ConnectorSettings { BaseUrl = "https://acme.atlassian.net", Deployment = JiraDeployment.Cloud, Jql = "project = WEB", Email = "ci@acme.test" },
            Connector.DefaultSchedule, Enabled: true, Now);

    private ConnectorRun NewRun(string connectorId) =>
        new(OpaqueId.New(ConnectorRun.IdPrefix), _tenantId, connectorId, ConnectorRunTrigger.Manual, ConnectorRunStatus.Queued, Now);
}
