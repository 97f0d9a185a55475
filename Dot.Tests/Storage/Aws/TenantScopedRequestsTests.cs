using System.Text.Json;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Dot.Domain.Analytics;
using Dot.Domain.Connectors;
using Dot.Domain.Datasets;
using Dot.Domain.Identifiers;
using Dot.Domain.Jobs;
using Dot.Domain.Reports;
using Dot.Domain.Results;
using Dot.Domain.Secrets;
using Dot.Domain.Tenancy;
using Dot.Domain.Tokens;
using Dot.Domain.Uploads;
using Dot.Storage.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Aws;

/// <summary>
/// No adapter call crosses tenants: every call a tenant's work makes through every AWS adapter is recorded on the
/// wire while another tenant's data sits in the same table and bucket, and every key sent starts with that tenant:
/// DynamoDB's <c>TENANT#…</c> keys, S3's <c>tenants/…/</c> keys and prefixes, KMS's encryption context. The only
/// requests without a tenant are the index queries that cannot know it: <c>byLookup</c> (a token by its hash, a
/// membership by issuer and subject) and <c>byQueue</c> (the worker's and the scheduler's view of due work).
/// </summary>
[Collection(AwsEmulatorsGroup.Name)]
public sealed partial class TenantScopedRequestsTests(AwsEmulators aws)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EveryKeyTheAdaptersSend_StartsWithTheCallersTenant()
    {
        var recorder = new RecordingHttpClientFactory();
        await using var services = new ServiceCollection()
            .AddSingleton(Options.Create(aws.NewOptions()))
            .AddSingleton(AwsEmulators.Credentials)
            .AddSingleton<HttpClientFactory>(recorder)
            .AddSingleton(TimeProvider.System)
            .AddAwsConfigurationStores().AddAwsRawStore().AddAwsSecrets()
            .BuildServiceProvider();
        var resources = services.GetRequiredService<AwsResources>();
        await resources.EnsureTableAsync(CancellationToken.None);
        await resources.EnsureBucketAsync(CancellationToken.None);
        var stores = new Stores(services);
        var other = OpaqueId.New(Tenant.IdPrefix);
        await WorkAsync(stores, other);

        var tenant = OpaqueId.New(Tenant.IdPrefix);
        recorder.Recording = true;
        await WorkAsync(stores, tenant);
        recorder.Recording = false;

        var requests = recorder.Requests.ToList();
        Assert.Contains(requests, r => r.Target?.StartsWith("DynamoDB", StringComparison.Ordinal) == true);
        Assert.Contains(requests, r => r.Target?.StartsWith("TrentService", StringComparison.Ordinal) == true);
        Assert.Contains(requests, r => r.Target is null);
        Assert.All(requests, request => AssertScopedTo(tenant, request));
    }

    private static async Task WorkAsync(Stores stores, string tenantId)
    {
        var ct = CancellationToken.None;
        await stores.Tenants.CreateTenantAsync(new Tenant(tenantId, "Acme", Now), ct);
        await stores.Tenants.FindTenantAsync(tenantId, ct);
        await stores.Tenants.SaveMembershipAsync(new Membership("https://issuer.test/", OpaqueId.New("sub"), tenantId, Role.Owner), ct);
        var dataset = new Dataset(OpaqueId.New(Dataset.IdPrefix), tenantId, "web", Now);
        await stores.Datasets.TryCreateAsync(dataset, ct);
        await stores.Datasets.ListAsync(tenantId, ct);
        var token = new UploadToken(OpaqueId.New(UploadToken.IdPrefix), tenantId, dataset.Id, "ci", "dot_upl_abcd", SecretToken.Hash(OpaqueId.New("s")), Now, Now.AddDays(1), null, null);
        await stores.UploadTokens.CreateAsync(token, ct);
        await stores.UploadTokens.FindByHashAsync(token.Hash, ct);
        await stores.UploadTokens.TouchAsync(tenantId, token.Id, Now, ct);
        await stores.UploadTokens.RevokeAsync(tenantId, token.Id, Now, ct);
        await stores.UploadTokens.ListAsync(tenantId, dataset.Id, ct);
        var read = new ReadToken(OpaqueId.New(ReadToken.IdPrefix), tenantId, null, "dash", "dot_read_abcd", SecretToken.Hash(OpaqueId.New("s")), DataScope.Public, Now, Now.AddDays(1), null, null);
        await stores.ReadTokens.CreateAsync(read, ct);
        await stores.ReadTokens.ListAsync(tenantId, null, ct);

        var upload = new Upload(OpaqueId.New(Upload.IdPrefix), tenantId, dataset.Id, token.Id, UploadStatus.Queued,
            [new UploadFile("report.xml", 3, ReportFormat.JUnit, 0)], "run-1", null, "key-1", "sha", Now);
        await stores.Uploads.CreateOrGetExistingAsync(upload, ct);
        await stores.Uploads.CreateOrGetExistingAsync(upload with { Id = OpaqueId.New(Upload.IdPrefix) }, ct);
        await stores.Uploads.ListAsync(tenantId, dataset.Id, 10, upload.Id, ct);
        await stores.Uploads.MarkProcessingAsync(tenantId, upload.Id, ct);
        await stores.Uploads.MarkSucceededAsync(tenantId, upload.Id, upload.Files, ReportCounts.Empty, [], Now, ct);
        await stores.Jobs.EnqueueAsync(new UploadJob(tenantId, upload.Id), ct);
        if (await stores.Jobs.ClaimAsync("worker", TimeSpan.FromMinutes(1), ct) is { } lease)
        {
            await stores.Jobs.HeartbeatAsync(lease, ct);
            await stores.Jobs.CompleteAsync(lease, ct);
        }

        var key = new RawFileKey(tenantId, dataset.Id, upload.Id, 0);
        using (var content = new MemoryStream([1, 2, 3]))
        {
            await stores.Raw.WriteAsync(key, content, ct);
        }
        await using (var stream = await stores.Raw.OpenReadAsync(key, ct))
        {
            await stream.CopyToAsync(Stream.Null, ct);
        }
        await stores.Raw.DeleteUploadAsync(tenantId, dataset.Id, upload.Id, ct);

        await stores.Versions.AdvanceAsync(tenantId, [dataset.Id], ct);
        await stores.Versions.AdvanceAsync(tenantId, [], ct);
        await stores.Versions.CurrentAsync(AnalyticsScope.Of(tenantId, dataset.Id), ct);

        var connector = new Connector(OpaqueId.New(Connector.IdPrefix), tenantId, dataset.Id, "jira", ConnectorKind.Jira, new ConnectorSettings(), Connector.DefaultSchedule, true, Now)
        {
            NextRunAt = Now,
        };
        await stores.Connectors.CreateAsync(connector, ct);
        await stores.Connectors.UpdateAsync(connector with { Name = "jira-2" }, ct);
        await stores.Connectors.ListAsync(tenantId, null, ct);
        var secret = await stores.Secrets.ProtectAsync(new byte[] { 1 }, connector.SecretContext, ct);
        await stores.Connectors.SetSecretAsync(tenantId, connector.Id, secret, Now, ct);
        await stores.Secrets.UnprotectAsync((await stores.Connectors.FindSecretAsync(tenantId, connector.Id, ct))!, connector.SecretContext, ct);
        await stores.Connectors.ListDueAsync(Now, 10, ct);
        await stores.Connectors.TryLeaseAsync(tenantId, connector.Id, "me", Now, Now.AddMinutes(1), ct);
        await stores.Connectors.SaveCursorAsync(tenantId, connector.Id, "me", "c-1", ct);
        await stores.Connectors.ReleaseLeaseAsync(tenantId, connector.Id, "me", ct);
        var run = new ConnectorRun(OpaqueId.New(ConnectorRun.IdPrefix), tenantId, connector.Id, ConnectorRunTrigger.Manual, ConnectorRunStatus.Queued, Now);
        await stores.Runs.SaveAsync(run, ct);
        await stores.Runs.SaveAsync(run with { Status = ConnectorRunStatus.Succeeded }, ct);
        await stores.Runs.FindQueuedAsync(tenantId, connector.Id, ct);
        await stores.Runs.ListAsync(tenantId, connector.Id, 10, run.Id, ct);
        await stores.Connectors.DeleteAsync(tenantId, connector.Id, ct);
    }

    private static void AssertScopedTo(string tenantId, RecordedRequest request)
    {
        if (request.Target?.StartsWith("TrentService", StringComparison.Ordinal) == true)
        {
            using var kms = JsonDocument.Parse(request.Body!);
            Assert.Equal(tenantId, kms.RootElement.GetProperty("EncryptionContext").GetProperty("tenant").GetString());
            return;
        }
        if (request.Target is null)
        {
            AssertS3KeysScopedTo(tenantId, request);
            return;
        }
        using var body = JsonDocument.Parse(request.Body!);
        var tenantKeys = Strings(body.RootElement).Where(s => s.StartsWith("TENANT#", StringComparison.Ordinal)).ToList();
        Assert.All(tenantKeys, key => Assert.Matches($"^TENANT#{tenantId}(#|$)", key));
        var index = body.RootElement.TryGetProperty("IndexName", out var name) ? name.GetString() : null;
        if (index is not (TableKeysNames.ByLookup or TableKeysNames.ByQueue))
        {
            Assert.True(tenantKeys.Count > 0, $"{request.Target} sent no tenant key: {request.Body}");
        }
    }

    private static void AssertS3KeysScopedTo(string tenantId, RecordedRequest request)
    {
        var path = Uri.UnescapeDataString(request.Uri.AbsolutePath);
        var objectKey = path.Split('/', 3) is [_, _, var rest] ? rest : string.Empty;
        var prefix = Uri.UnescapeDataString(PrefixParameter().Match(request.Uri.Query).Groups[1].Value);
        var scope = $"tenants/{tenantId}/";
        Assert.True(objectKey.StartsWith(scope, StringComparison.Ordinal) || prefix.StartsWith(scope, StringComparison.Ordinal) || request.Body is not null,
            $"{request.Method} {request.Uri} names no key of the tenant.");
        foreach (Match key in DeletedKey().Matches(request.Body ?? string.Empty))
        {
            Assert.StartsWith(scope, key.Groups[1].Value, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex("[?&]prefix=([^&]*)")]
    private static partial Regex PrefixParameter();

    [GeneratedRegex("<Key>([^<]*)</Key>")]
    private static partial Regex DeletedKey();

    private static class TableKeysNames
    {
        public const string ByLookup = "byLookup";
        public const string ByQueue = "byQueue";
    }

    /// <summary>The adapters as the host registers them, over the recording clients.</summary>
    private sealed class Stores(IServiceProvider services)
    {
        public ITenantStore Tenants => services.GetRequiredService<ITenantStore>();

        public IDatasetStore Datasets => services.GetRequiredService<IDatasetStore>();

        public IUploadTokenStore UploadTokens => services.GetRequiredService<IUploadTokenStore>();

        public IReadTokenStore ReadTokens => services.GetRequiredService<IReadTokenStore>();

        public IUploadStore Uploads => services.GetRequiredService<IUploadStore>();

        public IUploadJobs Jobs => services.GetRequiredService<IUploadJobs>();

        public IDataVersions Versions => services.GetRequiredService<IDataVersions>();

        public IConnectorRunStore Runs => services.GetRequiredService<IConnectorRunStore>();

        public IConnectorStore Connectors => services.GetRequiredService<IConnectorStore>();

        public IRawStore Raw => services.GetRequiredService<IRawStore>();

        public ISecretProtector Secrets => services.GetRequiredService<ISecretProtector>();
    }
}
