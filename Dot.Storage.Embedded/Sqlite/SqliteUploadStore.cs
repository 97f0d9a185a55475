using System.Text.Json;
using System.Text.Json.Serialization;
using Dot.Domain.Results;
using Dot.Domain.Uploads;
using Microsoft.Data.Sqlite;

namespace Dot.Storage.Embedded.Sqlite;

public sealed class SqliteUploadStore(SqliteDatabase database) : IUploadStore
{
    private const string Select = """
        SELECT id, tenant_id, dataset_id, token_id, status, files, run_key, environment, idempotency_key,
               content_sha256, received_at, finished_at, counts, errors, warnings
        FROM uploads
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<(Upload Upload, bool Created)> CreateOrGetExistingAsync(Upload upload, CancellationToken cancellationToken)
    {
        var inserted = await database.ExecuteAsync(
            """
            INSERT INTO uploads (id, tenant_id, dataset_id, token_id, status, files, run_key, environment, idempotency_key, content_sha256, received_at)
            VALUES ($id, $tenant, $dataset, $token, $status, $files, $run, $environment, $key, $sha, $received)
            ON CONFLICT DO NOTHING
            """,
            c => c.With("$id", upload.Id).With("$tenant", upload.TenantId).With("$dataset", upload.DatasetId)
                .With("$token", upload.TokenId).With("$status", StatusText(upload.Status))
                .With("$files", JsonSerializer.Serialize(upload.Files, Json)).With("$run", upload.RunKey)
                .With("$environment", upload.Environment).With("$key", upload.IdempotencyKey)
                .With("$sha", upload.ContentSha256).With("$received", SqliteValues.Time(upload.ReceivedAt)),
            cancellationToken);
        if (inserted == 1)
        {
            return (upload, true);
        }
        var existing = await database.QuerySingleAsync(
            $"""
            {Select} WHERE tenant_id = $tenant AND dataset_id = $dataset AND CASE WHEN $key IS NULL
              THEN idempotency_key IS NULL AND content_sha256 = $sha AND run_key IS $run
              ELSE idempotency_key = $key END
            """,
            c => c.With("$tenant", upload.TenantId).With("$dataset", upload.DatasetId).With("$key", upload.IdempotencyKey)
                .With("$sha", upload.ContentSha256).With("$run", upload.RunKey),
            Read,
            cancellationToken);
        return (existing ?? throw new InvalidOperationException("An upload conflicted but no matching upload was found."), false);
    }

    public Task<Upload?> FindAsync(string tenantId, string uploadId, CancellationToken cancellationToken) =>
        database.QuerySingleAsync($"{Select} WHERE tenant_id = $tenant AND id = $id", c => c.With("$tenant", tenantId).With("$id", uploadId), Read, cancellationToken);

    public async Task<IReadOnlyList<Upload>> ListAsync(string tenantId, string datasetId, int limit, string? afterId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"""
            {Select} WHERE tenant_id = $tenant AND dataset_id = $dataset
              AND ($after IS NULL OR (received_at, id) < (SELECT received_at, id FROM uploads WHERE tenant_id = $tenant AND id = $after))
            ORDER BY received_at DESC, id DESC LIMIT $limit
            """,
            c => c.With("$tenant", tenantId).With("$dataset", datasetId).With("$after", afterId).With("$limit", limit),
            Read,
            cancellationToken);

    public async Task<IReadOnlyList<Upload>> ListFinishedBeforeAsync(
        string tenantId, string datasetId, DateTimeOffset before, int limit, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"""
            {Select} WHERE tenant_id = $tenant AND dataset_id = $dataset AND received_at < $before AND status IN ('SUCCEEDED', 'FAILED')
            ORDER BY received_at, id LIMIT $limit
            """,
            c => c.With("$tenant", tenantId).With("$dataset", datasetId).With("$before", SqliteValues.Time(before)).With("$limit", limit),
            Read,
            cancellationToken);

    public async Task<bool> DeleteAsync(string tenantId, string uploadId, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "DELETE FROM uploads WHERE tenant_id = $tenant AND id = $id",
            c => c.With("$tenant", tenantId).With("$id", uploadId),
            cancellationToken) == 1;

    public async Task<bool> RequeueAsync(string tenantId, string uploadId, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE uploads SET status = 'QUEUED', finished_at = NULL WHERE tenant_id = $tenant AND id = $id AND status IN ('SUCCEEDED', 'FAILED')",
            c => c.With("$tenant", tenantId).With("$id", uploadId),
            cancellationToken) == 1;

    public Task MarkProcessingAsync(string tenantId, string uploadId, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE uploads SET status = 'PROCESSING' WHERE tenant_id = $tenant AND id = $id AND status IN ('QUEUED', 'PROCESSING')",
            c => c.With("$tenant", tenantId).With("$id", uploadId),
            cancellationToken);

    public Task MarkSucceededAsync(string tenantId, string uploadId, IReadOnlyList<UploadFile> files, ReportCounts counts, IReadOnlyList<string> warnings, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE uploads SET status = 'SUCCEEDED', finished_at = $at, files = $files, counts = $counts, errors = NULL, warnings = $warnings WHERE tenant_id = $tenant AND id = $id",
            c => c.With("$at", SqliteValues.Time(at)).With("$files", JsonSerializer.Serialize(files, Json)).With("$counts", JsonSerializer.Serialize(counts, Json))
                .With("$warnings", JsonSerializer.Serialize(warnings, Json)).With("$tenant", tenantId).With("$id", uploadId),
            cancellationToken);

    public Task MarkFailedAsync(string tenantId, string uploadId, IReadOnlyList<UploadProblem> errors, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE uploads SET status = 'FAILED', finished_at = $at, counts = NULL, errors = $errors, warnings = NULL WHERE tenant_id = $tenant AND id = $id",
            c => c.With("$at", SqliteValues.Time(at)).With("$errors", JsonSerializer.Serialize(errors, Json)).With("$tenant", tenantId).With("$id", uploadId),
            cancellationToken);

    private static string StatusText(UploadStatus status) => status.ToString().ToUpperInvariant();

    private static Upload Read(SqliteDataReader r) =>
        new(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
            Enum.Parse<UploadStatus>(r.GetString(4), ignoreCase: true),
            JsonSerializer.Deserialize<List<UploadFile>>(r.GetString(5), Json) ?? [],
            r.GetStringOrNull(6), r.GetStringOrNull(7), r.GetStringOrNull(8), r.GetString(9), r.GetTime(10),
            r.GetTimeOrNull(11),
            FromJson<ReportCounts>(r.GetStringOrNull(12)),
            FromJson<List<UploadProblem>>(r.GetStringOrNull(13)),
            FromJson<List<string>>(r.GetStringOrNull(14)));

    private static T? FromJson<T>(string? json) where T : class =>
        json is null ? null : JsonSerializer.Deserialize<T>(json, Json);
}
