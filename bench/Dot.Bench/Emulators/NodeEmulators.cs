using System.Diagnostics;
using System.Text.Json;

namespace Dot.Bench.Emulators;

/// <summary>
/// The DynamoDB and S3 emulators (dynalite, s3rver) of <c>Dot.Tests/Emulators/start.js</c> in one node process on
/// loopback: both on free ports in memory (the tests), or one on a given port with its data in a folder, so that it
/// can be crashed and started again on the same port and data (the fault suite). The process stops when its standard
/// input closes, so it never outlives whoever started it.
/// </summary>
public sealed class NodeEmulators : IAsyncDisposable
{
    private static readonly TimeSpan CrashTimeout = TimeSpan.FromSeconds(10);
    private readonly Process _node;

    private NodeEmulators(Process node, IReadOnlyDictionary<string, int> ports)
    {
        _node = node;
        Ports = ports;
    }

    /// <summary>The port of each emulator started, by name: <c>dynamodb</c>, <c>s3</c>.</summary>
    public IReadOnlyDictionary<string, int> Ports { get; }

    public Uri Url(string emulator) => new($"http://127.0.0.1:{Ports[emulator]}");

    /// <summary>Null when the emulators are installed (<c>npm ci</c> in <c>Dot.Tests/Emulators</c>), else what to do.</summary>
    public static string? NotInstalled(string repositoryRoot) =>
        Directory.Exists(Path.Combine(repositoryRoot, "Dot.Tests", "Emulators", "node_modules"))
            ? null
            : "the emulators are not installed: run npm ci --prefix Dot.Tests/Emulators (scripts/test.sh does)";

    /// <summary>Starts <c>node start.js</c> with <paramref name="arguments"/> (none: both emulators) and waits for its ports.</summary>
    public static async Task<NodeEmulators> StartAsync(string repositoryRoot, params string[] arguments)
    {
        if (NotInstalled(repositoryRoot) is { } failure)
        {
            throw new InvalidOperationException(failure);
        }
        var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(repositoryRoot, "Dot.Tests", "Emulators", "start.js"), .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("node did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await node.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException("The emulators stopped at start: " + await node.StandardError.ReadToEndAsync(timeout.Token));
        var ports = JsonSerializer.Deserialize<Dictionary<string, int>>(line)!;
        return new NodeEmulators(node, ports);
    }

    /// <summary>
    /// Crashes the emulators: their ports stop answering and every connection is reset, but a write being applied is
    /// finished first (start.js tells why: SIGKILL could cut one of dynalite's writes in half, which no real store does).
    /// Killed when it does not exit within <see cref="CrashTimeout"/>.
    /// </summary>
    public async Task CrashAsync()
    {
        if (_node.HasExited)
        {
            return;
        }
        await _node.StandardInput.WriteLineAsync("crash");
        await _node.StandardInput.FlushAsync();
        using var timeout = new CancellationTokenSource(CrashTimeout);
        try
        {
            await _node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _node.Kill(entireProcessTree: true);
            await _node.WaitForExitAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_node.HasExited)
        {
            _node.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _node.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _node.Kill(entireProcessTree: true);
            }
        }
        _node.Dispose();
    }
}
