using Dot.Bench.Cli;
using Dot.Bench.Emulators;

namespace Dot.Bench.Suites;

/// <summary>
/// One AWS emulator (<c>dynamodb</c> or <c>s3</c>) in a process of its own with its data in a folder, which can be
/// crashed and started again on the same port and data, as a store that crashed and came back.
/// </summary>
internal sealed class EmulatedStore : IAsyncDisposable
{
    private readonly string _name;
    private readonly string _dataPath;
    private NodeEmulators _process;

    private EmulatedStore(string name, string dataPath, NodeEmulators process)
    {
        (_name, _dataPath, _process) = (name, dataPath, process);
        Url = process.Url(name);
    }

    public Uri Url { get; }

    public static async Task<EmulatedStore> StartAsync(string name, string dataPath) =>
        new(name, dataPath, await NodeEmulators.StartAsync(BenchPaths.Root, name, "--path", dataPath));

    public Task CrashAsync() => _process.CrashAsync();

    public async Task RestartAsync()
    {
        await _process.DisposeAsync();
        _process = await NodeEmulators.StartAsync(BenchPaths.Root, _name, "--port", Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--path", _dataPath);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
