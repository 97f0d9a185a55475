using System.Diagnostics;
using Dot.Api.Telemetry;
using Dot.Domain.Datasets;

namespace Dot.Tests.Api.Telemetry;

/// <summary>The tracing proxy: a span per call that lasts until the task ends, failures marked by type and passed on unchanged, the caller's span kept.</summary>
public sealed class StoreCallTracerTests : IDisposable
{
    private readonly List<Activity> _ended = [];
    private readonly ActivityListener _listener;

    public StoreCallTracerTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DotTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_ended)
                {
                    _ended.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task AFailingCall_EndsItsSpanAsAnError_AndThrowsTheAdaptersOwnException()
    {
        var release = new TaskCompletionSource<Dataset?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var datasets = StoreCallTracer.Wrap<IDatasetStore>(new FailingDatasets(release.Task));
        using var caller = DotTelemetry.Source.StartActivity("caller");

        var call = datasets.SetRetentionAsync("ten_1", "dst_1", 7, CancellationToken.None);
        Assert.Same(caller, Activity.Current);
        Assert.Empty(Ended("store DatasetStore.SetRetention"));
        release.SetException(new TimeoutException("the table did not answer"));
        await Assert.ThrowsAsync<TimeoutException>(() => call);

        // The span ends in the task's continuation, which may run just after the caller's.
        for (var waited = 0; Ended("store DatasetStore.SetRetention").Count == 0 && waited < 100; waited++)
        {
            await Task.Delay(10);
        }
        var span = Assert.Single(Ended("store DatasetStore.SetRetention"));
        Assert.Equal((ActivityStatusCode.Error, caller!.SpanId), (span.Status, span.ParentSpanId));
        Assert.Equal(typeof(TimeoutException).FullName, span.GetTagItem("error.type"));
        Assert.Equal((object?)nameof(FailingDatasets), span.GetTagItem("dot.store.adapter"));
    }

    private List<Activity> Ended(string name)
    {
        lock (_ended)
        {
            return _ended.Where(activity => activity.OperationName == name).ToList();
        }
    }

    private sealed class FailingDatasets(Task<Dataset?> outcome) : IDatasetStore
    {
        public Task<Dataset?> SetRetentionAsync(string tenantId, string datasetId, int? retentionDays, CancellationToken cancellationToken) => outcome;

        public Task<bool> TryCreateAsync(Dataset dataset, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Dataset?> FindAsync(string tenantId, string datasetId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Dataset>> ListAsync(string tenantId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
