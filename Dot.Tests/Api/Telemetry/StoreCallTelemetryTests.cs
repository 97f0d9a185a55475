using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Dot.Tests.Api.Telemetry;

/// <summary>Each store call an upload makes is a span under the request or the worker's span that made it.</summary>
public sealed class StoreCallTelemetryTests : IDisposable
{
    private readonly LockedCollection<Activity> _spans = [];
    private readonly DotApiFactory _factory;

    public StoreCallTelemetryTests() => _factory = new DotApiFactory
    {
        TestServices = services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans)),
    };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnUploadsTrace_HoldsItsStoreCalls_AsChildrenOfTheRequestAndOfTheWorkersSpan()
    {
        var scenario = await TenantScenario.CreateAsync(_factory);
        var accepted = await new UploadClient(_factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(passed: 2));
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        var uploadId = JsonDocument.Parse(accepted.Body).RootElement.GetProperty("id").GetString();

        Activity? processing = null;
        for (var waited = 0; processing is null && waited < 100; waited++)
        {
            await Task.Delay(waited == 0 ? 0 : 50);
            _factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
            processing = _spans.Snapshot().SingleOrDefault(span => span.OperationName == "upload.process" && Equals(span.GetTagItem("dot.upload_id"), uploadId));
        }
        Assert.NotNull(processing);
        var spans = _spans.Snapshot();
        var request = spans.Single(span => span.Kind == ActivityKind.Server && span.TraceId == TraceOf(spans, "store RawStore.Write"));
        Assert.Contains("POST", request.DisplayName, StringComparison.Ordinal);

        Assert.Subset(ChildrenOf(spans, request), new HashSet<string> { "store RawStore.Write", "store UploadStore.CreateOrGetExisting", "store UploadJobs.Enqueue" });
        Assert.Subset(ChildrenOf(spans, processing), new HashSet<string>
        {
            "store UploadStore.MarkProcessing", "store RawStore.OpenRead", "store AnalyticsWriter.ReplaceUploadResults", "store UploadStore.MarkSucceeded",
        });
        var storeSpans = spans.Where(span => span.OperationName.StartsWith("store ", StringComparison.Ordinal)).ToList();
        Assert.All(storeSpans, span => Assert.Equal(ActivityKind.Client, span.Kind));
        Assert.All(storeSpans, span => Assert.Equal(
            ["dot.store.adapter", "dot.store.operation", "dot.store.port"], span.Tags.Select(tag => tag.Key).Where(key => key.StartsWith("dot.", StringComparison.Ordinal)).Order()));
    }

    private static ActivityTraceId TraceOf(List<Activity> spans, string name) => spans.First(span => span.OperationName == name).TraceId;

    private static HashSet<string> ChildrenOf(List<Activity> spans, Activity parent) =>
        spans.Where(span => span.ParentSpanId == parent.SpanId && span.TraceId == parent.TraceId).Select(span => span.OperationName).ToHashSet();
}
