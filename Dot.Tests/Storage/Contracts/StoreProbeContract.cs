using Dot.Domain.Health;
using Dot.Storage.Embedded;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Contracts;

/// <summary>
/// What every <see cref="IStoreProbe"/> must do: answer while its store can serve, fail while it cannot (each
/// adapter breaks its store its own way: a file gone, a folder that takes no writes), and answer again once the
/// store is back, without a restart. Each test has a data folder of its own.
/// </summary>
public abstract class StoreProbeContract : IDisposable
{
    private static readonly string[] Names = ["config", "analytics", "raw", "secrets"];

    private readonly TempFolder _folder = new();
    private IStoreProbe? _probe;

    protected string Folder => _folder.Path;

    private IStoreProbe Probe => _probe ??= OpenProbe(EmbeddedStorage.In(_folder));

    protected abstract IStoreProbe OpenProbe(IOptions<EmbeddedStorageOptions> options);

    /// <summary>Takes the store away the way an operator or a disk might.</summary>
    protected abstract void Break();

    /// <summary>Puts it back as it was.</summary>
    protected abstract void Repair();

    /// <summary>Makes the store used, as the API does before anyone probes it.</summary>
    protected virtual Task UseAsync(IStoreProbe probe) => probe.ProbeAsync(CancellationToken.None);

    [Fact]
    public async Task AWorkingStoreAnswers_UnderItsName()
    {
        await UseAsync(Probe);

        await Probe.ProbeAsync(CancellationToken.None);

        Assert.Contains(Probe.Name, Names);
    }

    [Fact]
    public async Task ABrokenStoreFails_AndAnswersAgainOnceRepaired()
    {
        await UseAsync(Probe);

        Break();
        await Assert.ThrowsAnyAsync<Exception>(() => Probe.ProbeAsync(CancellationToken.None));

        Repair();
        await Probe.ProbeAsync(CancellationToken.None);
    }

    public void Dispose()
    {
        (_probe as IDisposable)?.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
