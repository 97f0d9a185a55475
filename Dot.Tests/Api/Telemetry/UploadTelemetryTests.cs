using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dot.Domain.Uploads;
using Dot.Tests.Api.Faults;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Dot.Tests.Api.Telemetry;

/// <summary>An upload shows in the traces and metrics an operator reads, and no token or secret shows anywhere in them.</summary>
public sealed class UploadTelemetryTests : IDisposable
{
    private readonly LockedCollection<Activity> _spans = [];
    private readonly LockedCollection<Metric> _metrics = [];
    private readonly DotApiFactory _factory;

    public UploadTelemetryTests() => _factory = Factory(_ => { });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnUpload_ProducesItsSpanAndMetrics_WithIdsAndCounts_NeverATokenOrSecret()
    {
        var scenario = await TenantScenario.CreateAsync(_factory);
        var accepted = await new UploadClient(_factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(passed: 3, failed: 1));
        var refused = await new UploadClient(_factory.CreateClient(), scenario.UploadToken + "x").PostAsync(JUnitReports.Make(passed: 1));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (accepted.Status, refused.Status));
        var uploadId = JsonDocument.Parse(accepted.Body).RootElement.GetProperty("id").GetString();

        // The worker's span ends just after the upload is marked finished, which is when the waiting answer may leave.
        Activity? processing = null;
        for (var waited = 0; processing is null && waited < 100; waited++)
        {
            await Task.Delay(waited == 0 ? 0 : 50);
            Flush();
            processing = _spans.Snapshot().SingleOrDefault(span => span.OperationName == "upload.process" && Equals(span.GetTagItem("dot.upload_id"), uploadId));
        }
        Assert.NotNull(processing);
        Assert.Equal(("succeeded", 4L), (processing.GetTagItem("dot.outcome"), processing.GetTagItem("dot.stored")));
        Assert.NotNull(processing.GetTagItem("dot.tenant_id"));
        Assert.Contains(_spans, span => span.OperationName == "graphql.execute" && Equals(span.GetTagItem("graphql.operation.type"), "mutation"));
        Assert.True(Sum("dot.uploads.accepted") >= 1);
        Assert.True(Sum("dot.uploads.refused", ("reason", "unauthenticated")) >= 1);
        Assert.True(Sum("dot.uploads.processed", ("outcome", "succeeded")) >= 1);
        Assert.True(Sum("dot.uploads.results") >= 4);
        Assert.True(Sum("dot.graphql.requests", ("http.response.status_code", 200)) >= 2);
        Assert.True(Points("dot.uploads.duration").Sum(point => point.GetHistogramCount()) >= 1);

        var values = _spans.SelectMany(span => span.TagObjects).Concat(_metrics.SelectMany(AllTags)).Select(tag => tag.Value?.ToString() ?? "").ToList();
        Assert.DoesNotContain(values, value => value.Contains("dot_upl_", StringComparison.Ordinal) || value.Contains("dot_read_", StringComparison.Ordinal));
        Assert.DoesNotContain(values, value => value.Contains(DotApiFactory.DevSecret, StringComparison.Ordinal) || value.StartsWith("eyJ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUploadRefusedByAFullDisk_IsCountedAsNoSpace()
    {
        await using var full = Factory(services => services.Decorate<IRawStore>(inner => new FailingRawStore(inner, DiskFullFailures.NoSpace())));
        var scenario = await TenantScenario.CreateAsync(full);

        var refused = await new UploadClient(full.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(passed: 1));
        Flush(full);

        Assert.Equal(HttpStatusCode.InsufficientStorage, refused.Status);
        Assert.True(Sum("dot.uploads.refused", ("reason", "no_space")) >= 1);
    }

    private DotApiFactory Factory(Action<IServiceCollection> services) => new()
    {
        TestServices = collection =>
        {
            collection.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));
            collection.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
            services(collection);
        },
    };

    private void Flush() => Flush(_factory);

    private static void Flush(DotApiFactory factory)
    {
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    private IEnumerable<MetricPoint> Points(string name)
    {
        foreach (var metric in _metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                yield return point;
            }
        }
    }

    private long Sum(string name, (string Key, object Value)? tag = null) =>
        Points(name).Where(point => tag is not { } wanted || TagsOf(point).Any(t => t.Key == wanted.Key && Equals(t.Value, wanted.Value)))
            .Sum(point => point.GetSumLong());

    private static List<KeyValuePair<string, object?>> TagsOf(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }
        return tags;
    }

    private static IEnumerable<KeyValuePair<string, object?>> AllTags(Metric metric)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            tags.AddRange(TagsOf(point));
        }
        return tags;
    }
}
