using Amazon.DynamoDBv2.Model;
using Dot.Domain.Results;
using Dot.Domain.Uploads;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// Upload records (<c>UPLOAD#id</c>), listed per dataset newest first through <c>byParent</c>, and the guards that
/// make a re-sent upload come back as the first: <c>UPLOAD_KEY#dataset#key</c> with an idempotency key,
/// <c>UPLOAD_CONTENT#dataset#sha#run</c> without. The record is put first and its guard after it, conditioned on
/// none existing; the loser of a race deletes its record and answers the winner's, which the guard proves exists.
/// </summary>
public sealed class DynamoUploadStore(DynamoTable table) : IUploadStore
{
    private const string Prefix = "UPLOAD#";

    public async Task<(Upload Upload, bool Created)> CreateOrGetExistingAsync(Upload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var pk = TableKeys.Tenant(upload.TenantId);
        var item = DynamoTable.NewItem(pk, Prefix + upload.Id)
            .With(TableKeys.Parent, ParentOf(upload.TenantId, upload.DatasetId)).With(TableKeys.Ordinal, Ordinals.Of(upload.ReceivedAt, upload.Id))
            .With("datasetId", upload.DatasetId).With("tokenId", upload.TokenId).With("status", upload.Status.ToString())
            .With("files", StoredJson.Write(upload.Files)).With("runKey", upload.RunKey).With("environment", upload.Environment)
            .With("idempotencyKey", upload.IdempotencyKey).With("contentSha256", upload.ContentSha256).With("receivedAt", upload.ReceivedAt);
        if (!await table.PutNewAsync(item, cancellationToken))
        {
            throw new InvalidOperationException($"An upload with id '{upload.Id}' is already stored.");
        }
        var guardKey = GuardOf(upload);
        if (await table.PutNewAsync(DynamoTable.NewItem(pk, guardKey).With("uploadId", upload.Id), cancellationToken))
        {
            return (upload, true);
        }
        await table.TryDeleteAsync(pk, Prefix + upload.Id, null, cancellationToken);
        var guard = await table.GetAsync(pk, guardKey, cancellationToken);
        var existing = guard is null ? null : await FindAsync(upload.TenantId, guard.Str("uploadId"), cancellationToken);
        return (existing ?? throw new InvalidOperationException("An upload conflicted but no matching upload was found."), false);
    }

    public async Task<Upload?> FindAsync(string tenantId, string uploadId, CancellationToken cancellationToken) =>
        await table.GetAsync(TableKeys.Tenant(tenantId), Prefix + uploadId, cancellationToken) is { } item ? Read(item) : null;

    public async Task<IReadOnlyList<Upload>> ListAsync(string tenantId, string datasetId, int limit, string? afterId, CancellationToken cancellationToken)
    {
        var parent = ParentOf(tenantId, datasetId);
        var start = await ParentPages.StartAfterAsync(table, TableKeys.Tenant(tenantId), afterId is null ? null : Prefix + afterId, parent, cancellationToken);
        if (start is { Found: false })
        {
            return [];
        }
        var keys = await ParentPages.KeysAsync(table, new ChildRange(parent) { NewestFirst = true, Limit = limit, StartAfter = start?.Key }, cancellationToken);
        return (await table.GetManyAsync(keys, cancellationToken)).Select(Read).ToList();
    }

    public async Task<bool> RequeueAsync(string tenantId, string uploadId, CancellationToken cancellationToken) =>
        await table.TryUpdateAsync(
            TableKeys.Tenant(tenantId), Prefix + uploadId,
            new Update("SET #status = :queued REMOVE finishedAt", "attribute_exists(pk) AND #status IN (:succeeded, :failed)")
                .Name("#status", "status").Value(":queued", nameof(UploadStatus.Queued))
                .Value(":succeeded", nameof(UploadStatus.Succeeded)).Value(":failed", nameof(UploadStatus.Failed)),
            cancellationToken) is not null;

    public Task MarkProcessingAsync(string tenantId, string uploadId, CancellationToken cancellationToken) =>
        table.TryUpdateAsync(
            TableKeys.Tenant(tenantId), Prefix + uploadId,
            new Update("SET #status = :processing", "attribute_exists(pk) AND #status IN (:queued, :processing)")
                .Name("#status", "status").Value(":processing", nameof(UploadStatus.Processing)).Value(":queued", nameof(UploadStatus.Queued)),
            cancellationToken);

    public Task MarkSucceededAsync(string tenantId, string uploadId, IReadOnlyList<UploadFile> files, ReportCounts counts, IReadOnlyList<string> warnings, DateTimeOffset at, CancellationToken cancellationToken) =>
        table.TryUpdateAsync(
            TableKeys.Tenant(tenantId), Prefix + uploadId,
            new Update("SET #status = :status, finishedAt = :at, files = :files, counts = :counts, warnings = :warnings REMOVE errors")
                .Name("#status", "status").Value(":status", nameof(UploadStatus.Succeeded)).Value(":at", Attributes.Time(at))
                .Value(":files", StoredJson.Write(files)).Value(":counts", StoredJson.Write(counts)).Value(":warnings", StoredJson.Write(warnings)),
            cancellationToken);

    public Task MarkFailedAsync(string tenantId, string uploadId, IReadOnlyList<UploadProblem> errors, DateTimeOffset at, CancellationToken cancellationToken) =>
        table.TryUpdateAsync(
            TableKeys.Tenant(tenantId), Prefix + uploadId,
            new Update("SET #status = :status, finishedAt = :at, errors = :errors REMOVE counts, warnings")
                .Name("#status", "status").Value(":status", nameof(UploadStatus.Failed)).Value(":at", Attributes.Time(at))
                .Value(":errors", StoredJson.Write(errors)),
            cancellationToken);

    public async Task<IReadOnlyList<Upload>> ListFinishedBeforeAsync(string tenantId, string datasetId, DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        var range = new ChildRange(ParentOf(tenantId, datasetId))
        {
            Limit = limit,
            OrdinalBefore = Ordinals.Of(before.ToUnixTimeMilliseconds()),
            Statuses = [nameof(UploadStatus.Succeeded), nameof(UploadStatus.Failed)],
        };
        var keys = await ParentPages.KeysAsync(table, range, cancellationToken);
        return (await table.GetManyAsync(keys, cancellationToken)).Select(Read).ToList();
    }

    /// <summary>Removes the record and then its guard, so a re-sent report after retention makes a new upload.</summary>
    public async Task<bool> DeleteAsync(string tenantId, string uploadId, CancellationToken cancellationToken)
    {
        if (await FindAsync(tenantId, uploadId, cancellationToken) is not { } upload)
        {
            return false;
        }
        var pk = TableKeys.Tenant(tenantId);
        var deleted = await table.TryDeleteAsync(pk, Prefix + uploadId, null, cancellationToken);
        await table.TryDeleteAsync(pk, GuardOf(upload), new Update(string.Empty, "uploadId = :id").Value(":id", uploadId), cancellationToken);
        return deleted;
    }

    private static string ParentOf(string tenantId, string datasetId) => $"{TableKeys.Tenant(tenantId)}#UPLOADS#{datasetId}";

    /// <summary>The guard of the upload's identity: its idempotency key, or else its bytes and run key (absent and empty told apart).</summary>
    private static string GuardOf(Upload upload) =>
        upload.IdempotencyKey is { } key
            ? $"UPLOAD_KEY#{upload.DatasetId}#{key}"
            : $"UPLOAD_CONTENT#{upload.DatasetId}#{upload.ContentSha256}#{(upload.RunKey is null ? "-" : "=" + upload.RunKey)}";

    private static Upload Read(Dictionary<string, AttributeValue> item) =>
        new(
            item.Str(TableKeys.Sk)[Prefix.Length..], TableKeys.TenantOf(item.Str(TableKeys.Pk)), item.Str("datasetId"), item.Str("tokenId"),
            Enum.Parse<UploadStatus>(item.Str("status")), StoredJson.Read<List<UploadFile>>(item.Str("files")),
            item.StrOrNull("runKey"), item.StrOrNull("environment"), item.StrOrNull("idempotencyKey"), item.Str("contentSha256"),
            item.Time("receivedAt"), item.TimeOrNull("finishedAt"),
            StoredJson.ReadOrNull<ReportCounts>(item.StrOrNull("counts")),
            StoredJson.ReadOrNull<List<UploadProblem>>(item.StrOrNull("errors")),
            StoredJson.ReadOrNull<List<string>>(item.StrOrNull("warnings")));
}
