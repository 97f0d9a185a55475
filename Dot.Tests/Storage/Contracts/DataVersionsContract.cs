using Dot.Domain.Analytics;
using Dot.Domain.Identifiers;

namespace Dot.Tests.Storage.Contracts;

/// <summary>
/// What every <see cref="IDataVersions"/> adapter must do: a scope's version moves when one of its datasets or its
/// tenant is advanced, and only then; no advance is lost when many run at once. Each test works under fresh ids.
/// </summary>
public abstract class DataVersionsContract(IDataVersions versions)
{
    private readonly string _tenant = OpaqueId.New("ten");
    private readonly string _web = OpaqueId.New("dst");
    private readonly string _mobile = OpaqueId.New("dst");

    [Fact]
    public async Task ANewTenant_IsAtVersionZero()
    {
        Assert.Equal(new ScopeVersion(0, 0), await CurrentAsync(_web, _mobile));
    }

    [Fact]
    public async Task AdvancingADataset_MovesEveryScopeThatHoldsIt_AndNoOther()
    {
        var web = await CurrentAsync(_web);
        var both = await CurrentAsync(_web, _mobile);
        var mobile = await CurrentAsync(_mobile);

        await AdvanceAsync(_web);

        Assert.NotEqual(web, await CurrentAsync(_web));
        Assert.NotEqual(both, await CurrentAsync(_web, _mobile));
        Assert.Equal(mobile, await CurrentAsync(_mobile));
    }

    [Fact]
    public async Task AdvancingTheTenant_MovesEveryScopeOfIt()
    {
        var web = await CurrentAsync(_web);
        var none = await CurrentAsync();

        await AdvanceAsync();

        Assert.NotEqual(web, await CurrentAsync(_web));
        Assert.NotEqual(none, await CurrentAsync());
    }

    [Fact]
    public async Task ASequenceOfAdvances_NeverComesBackToAnEarlierVersion()
    {
        var seen = new List<ScopeVersion> { await CurrentAsync(_web, _mobile) };

        foreach (var datasets in new[] { new[] { _web }, [_mobile], [], [_web, _mobile], [_mobile] })
        {
            await AdvanceAsync(datasets);
            seen.Add(await CurrentAsync(_web, _mobile));
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task AnotherTenantsAdvance_LeavesTheVersionAsItWas_EvenForTheSameDatasetIds()
    {
        var before = await CurrentAsync(_web);

        await versions.AdvanceAsync(OpaqueId.New("ten"), [_web], CancellationToken.None);
        await versions.AdvanceAsync(OpaqueId.New("ten"), [], CancellationToken.None);

        Assert.Equal(before, await CurrentAsync(_web));
    }

    [Fact]
    public async Task ConcurrentAdvances_AreEachCounted()
    {
        var before = await CurrentAsync(_web);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => AdvanceAsync(_web))));

        Assert.Equal(before with { Datasets = before.Datasets + 20 }, await CurrentAsync(_web));
    }

    private Task<ScopeVersion> CurrentAsync(params string[] datasets) =>
        versions.CurrentAsync(AnalyticsScope.Of(_tenant, datasets), CancellationToken.None);

    private Task AdvanceAsync(params string[] datasets) => versions.AdvanceAsync(_tenant, datasets, CancellationToken.None);
}
