using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dot.Bench.Cli;

namespace Dot.Bench.Results;

/// <summary>
/// The JSON a run leaves in the results folder: <c>&lt;yyyy-MM-dd&gt;-&lt;short commit&gt;.json</c> for <c>all</c>,
/// with <c>-&lt;benchmark&gt;</c> added for a single one; the machine, the command, the options, the targets and
/// every measurement.
/// </summary>
public static class ResultsFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(BenchRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var options = run.Options;
        Directory.CreateDirectory(options.ResultsDirectory);
        var suffix = options.Subcommand == "all" ? string.Empty : "-" + options.Subcommand;
        var path = Path.Combine(options.ResultsDirectory, $"{run.StartedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{run.Source.Commit}{suffix}.json");
        var document = new
        {
            date = run.StartedAt,
            commit = run.Source.Commit,
            dirty = run.Source.Dirty,
            command = options.Command,
            machine = run.Machine,
            contention = run.Contention,
            workload = new
            {
                options.IngestResults,
                options.UploadConcurrency,
                memoryReportMegabytes = options.MemoryReportBytes / (1024.0 * 1024),
                memoryAttributeMegabytes = options.MemoryAttributeBytes / (1024.0 * 1024),
                options.ParseMegabytes,
                parseMethod = run.Measurements.Parse?.Method,
                options.Clients,
                loadSeconds = options.LoadDuration.TotalSeconds,
                options.LoadMaxRequests,
                warmUpSeconds = options.WarmUp.TotalSeconds,
                options.Seed,
                options.ApiEnvironment,
            },
            durationSeconds = Math.Round(run.Seconds, 1),
            targets = run.Rows,
            measurements = run.Measurements,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json) + "\n");
        return path;
    }
}
