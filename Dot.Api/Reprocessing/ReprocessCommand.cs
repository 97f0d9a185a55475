using System.Globalization;
using Dot.Api.Storage;
using Microsoft.Extensions.Options;

namespace Dot.Api.Reprocessing;

/// <summary>
/// <c>dotnet run --project Dot.Api -- reprocess [--tenant T] [--dataset D]</c>: the operator's command that puts
/// finished uploads back in the queue (<see cref="UploadReprocessor"/>), with the API's own configuration (settings
/// files, environment, <c>--Key value</c> arguments), so it finds the same stores. It only queues: the workers of the
/// running instances do the processing, so it runs beside them (the embedded analytics file stays theirs).
/// </summary>
public static class ReprocessCommand
{
    public const string Name = "reprocess";

    public const string Usage =
        "usage: dotnet run --project Dot.Api -- reprocess [--tenant TENANT_ID [--dataset DATASET_ID]] [--Storage:Key value ...]";

    public static bool IsInvoked(string[] args) => args is [Name, ..];

    /// <summary>Runs the command; the exit code is 0 when it queued what it found, 2 for a wrong argument or scope.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            var (tenantId, datasetId, settings) = Split(args.Skip(1).ToList());
            var scope = new ReprocessScope(tenantId, datasetId);
            var builder = WebApplication.CreateBuilder([.. settings]);
            builder.Services.AddSingleton(TimeProvider.System);
            builder.AddDotStorage();
            builder.Services.AddSingleton<UploadReprocessor>();
            await using var app = builder.Build();
            _ = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var counts = await app.Services.GetRequiredService<UploadReprocessor>().RunAsync(scope, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Queued {counts.Requeued} uploads of {counts.Datasets} datasets in {counts.Tenants} tenants to be processed again from the raw store ({counts.InProgress} left alone: a worker has them). The workers of running instances process them; watch dot.uploads.queue.depth."));
            return 0;
        }
        catch (Exception exception) when (exception is ReprocessScopeException or ArgumentException or OptionsValidationException)
        {
            await output.WriteLineAsync(exception.Message + "\n" + Usage);
            return 2;
        }
    }

    /// <summary>The command's own options; every other argument is configuration for the stores.</summary>
    private static (string? Tenant, string? Dataset, List<string> Settings) Split(List<string> args)
    {
        string? tenant = null, dataset = null;
        var settings = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--tenant":
                    tenant = ValueAt(args, ++i, "--tenant");
                    break;
                case "--dataset":
                    dataset = ValueAt(args, ++i, "--dataset");
                    break;
                default:
                    settings.Add(args[i]);
                    break;
            }
        }
        return (tenant, dataset, settings);
    }

    private static string ValueAt(List<string> args, int index, string option) =>
        index < args.Count && !args[index].StartsWith("--", StringComparison.Ordinal)
            ? args[index]
            : throw new ArgumentException($"{option} needs a value.");
}
