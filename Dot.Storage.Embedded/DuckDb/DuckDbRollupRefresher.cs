using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Computes the rollups of stale days again (<see cref="DuckDbStaleDays"/>), outside the writes that made them stale
/// (decision 0018). A write that marked days wakes it; it waits the delay, then takes the analytics writer like any
/// write and computes the days stale for at least the delay, a few in one transaction, letting the writer go between
/// such passes so that uploads are not held for long; days marked meanwhile wait for the next wake. So a day that
/// keeps getting uploads is computed about once per delay, however many it gets. It also starts with the store, for
/// the days a previous process left stale. A pass that fails is rolled back whole (its days stay stale, and so are
/// still answered exactly) and tried again after <see cref="RetryAfter"/>.
/// </summary>
internal sealed class DuckDbRollupRefresher : IDisposable
{
    // About a second of work per pass at ten-million density (a day of 110,000 results computed in about 0.5 CPU-s);
    // a pass's commit costs as much as a day of a small dataset.
    private const int DaysPerPass = 4;

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    private readonly DuckDbDatabase _database;
    private readonly SemaphoreSlim _writer;
    private readonly TimeSpan _delay;
    private readonly ILogger _logger;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private int _disposed;

    public DuckDbRollupRefresher(DuckDbDatabase database, SemaphoreSlim writer, TimeSpan delay, ILogger logger)
    {
        _database = database;
        _writer = writer;
        _delay = delay;
        _logger = logger;
        Wake();
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Says that a write may have left days stale: they are computed again after the delay.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Computes every stale day's rollups now, a pass at a time, each holding the writer.</summary>
    public Task RefreshAsync(CancellationToken cancellationToken) => RefreshAsync(DateTime.MaxValue, cancellationToken);

    /// <summary>Computes the rollups of the days marked stale at <paramref name="due"/> or before, a pass at a time.</summary>
    private async Task RefreshAsync(DateTime due, CancellationToken cancellationToken)
    {
        var more = true;
        while (more)
        {
            await _writer.WaitAsync(cancellationToken);
            try
            {
                more = RefreshSome(due);
            }
            finally
            {
                _writer.Release();
            }
        }
    }

    /// <summary>Stops waking; a pass under way ends first.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        _stopping.Cancel();
        _loop.GetAwaiter().GetResult();
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        var stopping = _stopping.Token;
        try
        {
            while (await _wake.Reader.WaitToReadAsync(stopping))
            {
                _wake.Reader.TryRead(out _);
                await Task.Delay(_delay, stopping);
                try
                {
                    await RefreshAsync(DateTime.UtcNow - _delay, stopping);
                    if (await AnyStaleAsync(stopping))
                    {
                        Wake();
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    _logger.LogWarning(exception, "Computing stale rollups again failed; they are answered from the results until it is tried again in {Seconds} s.", RetryAfter.TotalSeconds);
                    await Task.Delay(RetryAfter, stopping);
                    Wake();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> AnyStaleAsync(CancellationToken cancellationToken)
    {
        using var connection = _database.Open();
        return await DuckDbStaleDays.CountAsync(connection, cancellationToken) > 0;
    }

    /// <summary>Computes up to <see cref="DaysPerPass"/> days marked by <paramref name="due"/> in one transaction; whether more are.</summary>
    private bool RefreshSome(DateTime due)
    {
        using var connection = _database.Open();
        return connection.InTransaction(() =>
        {
            var budget = DaysPerPass;
            foreach (var span in DuckDbStaleDays.MarkedBy(connection, due))
            {
                if (budget == 0)
                {
                    return true;
                }
                var length = (int)(span.LastDay - span.FirstDay).TotalDays + 1;
                var days = Math.Min(budget, length);
                DuckDbRollupRefresh.Refresh(connection, span with { LastDay = span.FirstDay.AddDays(days - 1) });
                if (days < length)
                {
                    return true;
                }
                budget -= days;
            }
            return false;
        });
    }
}
