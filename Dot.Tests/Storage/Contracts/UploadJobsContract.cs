using System.Collections.Concurrent;
using Dot.Domain.Identifiers;
using Dot.Domain.Jobs;
using Microsoft.Extensions.Time.Testing;

namespace Dot.Tests.Storage.Contracts;

/// <summary>
/// What every <see cref="IUploadJobs"/> adapter must do. A claim takes any job in the queue, so each test gets a
/// queue of its own: a derived class opens the adapter over fresh storage, on the test's clock.
/// </summary>
public abstract class UploadJobsContract : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private IUploadJobs? _jobs;

    protected FakeTimeProvider Clock { get; } = new(UploadScope.Noon);

    private IUploadJobs Jobs => _jobs ?? throw new InvalidOperationException("The queue is not open.");

    /// <summary>Opens the adapter over storage no other test uses, reading the time from <paramref name="clock"/>.</summary>
    protected abstract IUploadJobs OpenJobs(TimeProvider clock);

    public Task InitializeAsync()
    {
        _jobs = OpenJobs(Clock);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EmptyQueue_ClaimsNothing()
    {
        Assert.Null(await ClaimAsync("worker-1"));
    }

    [Fact]
    public async Task Claim_LeasesTheJobToTheWorker_WithItsTenant()
    {
        var job = NewJob();
        await Jobs.EnqueueAsync(job, CancellationToken.None);

        var lease = await ClaimAsync("worker-1");

        Assert.NotNull(lease);
        Assert.Equal(job, lease.Job);
        Assert.Equal("worker-1", lease.WorkerId);
        Assert.Equal(Clock.GetUtcNow() + Lease, lease.ExpiresAt);
        Assert.Null(await ClaimAsync("worker-2"));
    }

    [Fact]
    public async Task SameUploadIdOfTwoTenants_AreTwoJobs()
    {
        var first = NewJob();
        var second = first with { TenantId = OpaqueId.New("ten") };
        await Jobs.EnqueueAsync(first, CancellationToken.None);
        await Jobs.EnqueueAsync(second, CancellationToken.None);

        var claimed = new[] { await ClaimAsync("worker-1"), await ClaimAsync("worker-2") };

        Assert.True(new[] { first, second }.ToHashSet().SetEquals(claimed.Select(l => l!.Job)));
    }

    [Fact]
    public async Task State_CountsTheJobsNotCompleted_HeldOrNot_AndWhenTheOldestWasQueued()
    {
        Assert.Equal(new QueueState(0, null), await Jobs.StateAsync(CancellationToken.None));
        var queuedAt = Clock.GetUtcNow();
        await Jobs.EnqueueAsync(NewJob(), CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(3));
        await Jobs.EnqueueAsync(NewJob(), CancellationToken.None);

        var held = await ClaimAsync("worker-1");
        Assert.Equal(new QueueState(2, queuedAt), await Jobs.StateAsync(CancellationToken.None));

        await Jobs.CompleteAsync(held!, CancellationToken.None);
        Assert.Equal(new QueueState(1, queuedAt.AddMinutes(3)), await Jobs.StateAsync(CancellationToken.None));
    }

    [Fact]
    public async Task EnqueueTwice_QueuesTheJobOnce()
    {
        var job = NewJob();
        await Jobs.EnqueueAsync(job, CancellationToken.None);
        await Jobs.EnqueueAsync(job, CancellationToken.None);

        Assert.NotNull(await ClaimAsync("worker-1"));
        Assert.Null(await ClaimAsync("worker-2"));
    }

    [Fact]
    public async Task Claims_TakeTheOldestJobFirst()
    {
        var older = NewJob();
        var newer = NewJob();
        await Jobs.EnqueueAsync(older, CancellationToken.None);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Jobs.EnqueueAsync(newer, CancellationToken.None);

        Assert.Equal(older, (await ClaimAsync("worker-1"))?.Job);
        Assert.Equal(newer, (await ClaimAsync("worker-1"))?.Job);
    }

    [Fact]
    public async Task ExpiredLease_IsClaimableAgain_AndTheOldLeaseIsVoid()
    {
        await Jobs.EnqueueAsync(NewJob(), CancellationToken.None);
        var crashed = await ClaimAsync("worker-1");
        Clock.Advance(Lease + TimeSpan.FromSeconds(1));

        var taken = await ClaimAsync("worker-2");

        Assert.NotNull(taken);
        Assert.Equal(crashed!.Job, taken.Job);
        Assert.NotEqual(crashed.Id, taken.Id);
        Assert.Null(await Jobs.HeartbeatAsync(crashed, CancellationToken.None));
        await Jobs.CompleteAsync(crashed, CancellationToken.None);
        Assert.NotNull(await Jobs.HeartbeatAsync(taken, CancellationToken.None));
    }

    [Fact]
    public async Task Heartbeat_ExtendsTheLeaseFromNow()
    {
        await Jobs.EnqueueAsync(NewJob(), CancellationToken.None);
        var lease = await ClaimAsync("worker-1");
        Clock.Advance(TimeSpan.FromSeconds(50));

        var renewed = await Jobs.HeartbeatAsync(lease!, CancellationToken.None);

        Assert.Equal(Clock.GetUtcNow() + Lease, renewed?.ExpiresAt);
        Clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Null(await ClaimAsync("worker-2"));
        Clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(lease!.Job, (await ClaimAsync("worker-2"))?.Job);
    }

    [Fact]
    public async Task CompletedJob_NeverComesBack()
    {
        await Jobs.EnqueueAsync(NewJob(), CancellationToken.None);
        var lease = await ClaimAsync("worker-1");

        await Jobs.CompleteAsync(lease!, CancellationToken.None);

        Clock.Advance(Lease * 2);
        Assert.Null(await ClaimAsync("worker-2"));
        Assert.Null(await Jobs.HeartbeatAsync(lease!, CancellationToken.None));
    }

    [Fact]
    public async Task ReleasedJob_IsClaimableAtOnce_UnderANewLease()
    {
        await Jobs.EnqueueAsync(NewJob(), CancellationToken.None);
        var released = await ClaimAsync("worker-1");

        await Jobs.ReleaseAsync(released!, CancellationToken.None);
        var taken = await ClaimAsync("worker-2");

        Assert.Equal(released!.Job, taken?.Job);
        Assert.NotEqual(released.Id, taken!.Id);
        Assert.Null(await Jobs.HeartbeatAsync(released, CancellationToken.None));
    }

    [Fact]
    public async Task ConcurrentClaimers_NeverShareAJob()
    {
        var queued = Enumerable.Range(0, 60).Select(_ => NewJob()).ToList();
        foreach (var job in queued)
        {
            await Jobs.EnqueueAsync(job, CancellationToken.None);
        }
        var claimed = new ConcurrentBag<UploadJob>();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            while (await ClaimAsync($"worker-{worker}") is { } lease)
            {
                claimed.Add(lease.Job);
            }
        })));

        Assert.Equal(queued.Count, claimed.Count);
        Assert.True(queued.ToHashSet().SetEquals(claimed));
    }

    private Task<JobLease?> ClaimAsync(string workerId) => Jobs.ClaimAsync(workerId, Lease, CancellationToken.None);

    private static UploadJob NewJob() => new(OpaqueId.New("ten"), OpaqueId.New("upl"));
}
