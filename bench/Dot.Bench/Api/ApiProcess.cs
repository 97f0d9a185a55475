using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dot.Bench.Api;

/// <summary>
/// A real API process for a benchmark: <c>dotnet Dot.Bench.Host.dll</c> (Dot.Api's application plus the bare endpoint) on a free loopback port, Development (so the
/// development IdP issues tokens), embedded storage in a fresh temp folder, warnings-only logging. Stopped with
/// SIGTERM (so DuckDB closes cleanly), killed if it does not stop; the data folder is deleted on dispose unless the
/// caller gave it (the fault suite restarts processes on one folder and one port, as a supervisor would).
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private readonly bool _ownsDataPath;

    private ApiProcess(Process process, Uri baseUri, string dataPath, bool ownsDataPath)
    {
        _process = process;
        BaseUri = baseUri;
        DataPath = dataPath;
        _ownsDataPath = ownsDataPath;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    public Uri BaseUri { get; }

    public string DataPath { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The CPU time the process has used so far (user and system, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The last lines the process wrote, for error messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static async Task<ApiProcess> StartAsync(
        string apiDll, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken, string? dataPath = null, int? port = null)
    {
        if (!File.Exists(apiDll))
        {
            throw new FileNotFoundException($"Dot.Api is not built at {apiDll}; build it first (dotnet build -c Release Dot.Api).", apiDll);
        }
        var baseUri = new Uri($"http://127.0.0.1:{port ?? FreePort()}/");
        var ownsDataPath = dataPath is null;
        dataPath ??= Directory.CreateTempSubdirectory("dot-bench-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[apiDll, "--urls", baseUri.ToString().TrimEnd('/')])
        {
            start.ArgumentList.Add(argument);
        }
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Storage__Embedded__Path"] = dataPath,
            ["Oidc__Authority"] = baseUri.ToString(),
            ["Oidc__RequireHttpsMetadata"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        start.Environment.Remove("ASPNETCORE_URLS");

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var api = new ApiProcess(process, baseUri, dataPath, ownsDataPath);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await api.WaitUntilHealthyAsync(cancellationToken);
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Dot.Api exited with code {_process.ExitCode} while starting:\n{RecentOutput}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException($"Dot.Api did not answer /healthz within {StartTimeout.TotalSeconds} s:\n{RecentOutput}");
    }

    /// <summary>Stops the process: SIGTERM first, so the host shuts down and DuckDB checkpoints; a kill after 20 s.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }
        using (var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            term?.WaitForExit();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
            await _process.WaitForExitAsync(CancellationToken.None);
        }
    }

    /// <summary>Kills the process with SIGKILL, as a crash or the OOM killer would: no shutdown, no checkpoint.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        if (!_ownsDataPath)
        {
            return;
        }
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; nothing depends on it.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 200)
            {
                _output.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
