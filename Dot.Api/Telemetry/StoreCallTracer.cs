using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Dot.Api.Telemetry;

/// <summary>
/// Puts a span around every call of a storage port (<c>store UploadStore.MarkSucceeded</c>), as a proxy of the port's
/// interface in front of its adapter, so each adapter is traced the same way without a line of its own. A call that
/// returns a task is timed until the task ends; property reads are passed through untraced. Tags: the port, the operation, the adapter's type, and the failure's
/// type; never an argument, which may be a name, a secret or a report.
/// </summary>
/// <remarks>Not sealed: <see cref="DispatchProxy"/> generates the proxy as a subclass.</remarks>
public class StoreCallTracer : DispatchProxy
{
    private object _inner = null!;
    private string _port = null!;

    /// <summary>A proxy of <paramref name="port"/> (an interface) that traces each call and passes it to <paramref name="inner"/>.</summary>
    public static object Wrap(Type port, object inner)
    {
        ArgumentNullException.ThrowIfNull(port);
        var proxy = (StoreCallTracer)Create(port, typeof(StoreCallTracer));
        proxy._inner = inner;
        proxy._port = port.Name.StartsWith('I') ? port.Name[1..] : port.Name;
        return proxy;
    }

    public static T Wrap<T>(T inner) where T : class => (T)Wrap(typeof(T), inner);

    /// <summary>The adapter behind this proxy.</summary>
    public object Adapter => _inner;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.IsSpecialName)
        {
            return Call(targetMethod, args);
        }
        var operation = targetMethod.Name.EndsWith("Async", StringComparison.Ordinal) ? targetMethod.Name[..^5] : targetMethod.Name;
        var caller = Activity.Current;
        var span = DotTelemetry.Source.StartActivity($"store {_port}.{operation}", ActivityKind.Client);
        span?.SetTag("dot.store.port", _port).SetTag("dot.store.operation", operation).SetTag("dot.store.adapter", _inner.GetType().Name);
        object? result;
        try
        {
            result = Call(targetMethod, args);
        }
        catch (Exception failure)
        {
            End(span, failure);
            throw;
        }
        finally
        {
            // The call's own continuations carry the span; the caller goes on under its own.
            Activity.Current = caller;
        }
        if (span is not null && result is Task task)
        {
            task.ContinueWith(static (done, state) => End((Activity)state!, done.Exception?.InnerException), span,
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        else
        {
            End(span, null);
        }
        return result;
    }

    /// <summary>Calls the adapter; its exception comes out as itself, not wrapped by reflection.</summary>
    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_inner, args);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
            throw;
        }
    }

    private static void End(Activity? span, Exception? failure)
    {
        if (span is null)
        {
            return;
        }
        if (failure is not null and not OperationCanceledException)
        {
            span.SetStatus(ActivityStatusCode.Error, failure.GetType().Name).SetTag("error.type", failure.GetType().FullName);
        }
        span.Dispose();
    }
}
