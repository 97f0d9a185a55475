using System.Collections.Concurrent;
using Dot.Domain.Identifiers;
using Dot.Domain.Jobs;
using Dot.Storage.Aws.DynamoDb;
using Microsoft.Extensions.Time.Testing;

namespace Dot.Tests.Storage.Aws;

/// <summary>
/// Two instances (each with its own DynamoDB client and workers) on one table share the upload queue: every job is
/// done once, none lost, none twice; a job held by an instance that died is taken by the other once its lease expires.
/// </summary>
[Collection(AwsEmulatorsGroup.Name)]
public sealed class SharedQueueTests(AwsEmulators aws) : IDisposable
{
    private readonly List<Dot.Storage.Aws.AwsClients> _clients = [];

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task TwoInstances_DoEveryJobOnce()
    {
        var table = await aws.NewTableAsync();
        var instances = new[] { Instance(table, TimeProvider.System), Instance(table, TimeProvider.System) };
        var queued = Enumerable.Range(0, 40).Select(_ => new UploadJob(OpaqueId.New("ten"), OpaqueId.New("upl"))).ToList();
        foreach (var (job, n) in queued.Select((job, n) => (job, n)))
        {
            await instances[n % 2].EnqueueAsync(job, CancellationToken.None);
        }
        var done = new ConcurrentBag<UploadJob>();

        await Task.WhenAll(instances.SelectMany(jobs => Enumerable.Range(0, 3).Select(worker => Task.Run(async () =>
        {
            while (await jobs.ClaimAsync($"worker-{worker}", Lease, CancellationToken.None) is { } lease)
            {
                done.Add(lease.Job);
                await jobs.CompleteAsync(lease, CancellationToken.None);
            }
        }))));

        Assert.Equal(queued.Count, done.Count);
        Assert.True(queued.ToHashSet().SetEquals(done));
        Assert.Null(await instances[0].ClaimAsync("late", Lease, CancellationToken.None));
    }

    [Fact]
    public async Task AJobOfAnInstanceThatDied_IsTakenByTheOtherAfterItsLease()
    {
        var table = await aws.NewTableAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var dying = Instance(table, clock);
        var survivor = Instance(table, clock);
        var job = new UploadJob(OpaqueId.New("ten"), OpaqueId.New("upl"));
        await dying.EnqueueAsync(job, CancellationToken.None);
        var lost = await dying.ClaimAsync("dying-worker", Lease, CancellationToken.None);

        Assert.Null(await survivor.ClaimAsync("survivor", Lease, CancellationToken.None));
        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var taken = await survivor.ClaimAsync("survivor", Lease, CancellationToken.None);
        await survivor.CompleteAsync(taken!, CancellationToken.None);

        Assert.Equal(job, taken?.Job);
        Assert.Null(await dying.HeartbeatAsync(lost!, CancellationToken.None));
        clock.Advance(Lease * 2);
        Assert.Null(await dying.ClaimAsync("dying-worker", Lease, CancellationToken.None));
    }

    /// <summary>Another instance: its own client on the same table.</summary>
    public void Dispose() => _clients.ForEach(c => c.Dispose());

    private DynamoUploadJobs Instance(DynamoTable table, TimeProvider clock)
    {
        var clients = AwsEmulators.Clients(new Dot.Storage.Aws.AwsStorageOptions
        {
            Region = AwsEmulators.Region,
            DynamoDb = { ServiceUrl = new Uri(table.Client.Config.ServiceURL) },
        });
        _clients.Add(clients);
        return new DynamoUploadJobs(new DynamoTable(clients.DynamoDb, table.Name), clock);
    }
}
