using Dot.Domain.Tokens;
using Microsoft.Data.Sqlite;

namespace Dot.Storage.Embedded.Sqlite;

public sealed class SqliteUploadTokenStore(SqliteDatabase database)
    : SqliteTokenStore<UploadToken>(database, "upload_tokens", ["dataset_id"]), IUploadTokenStore
{
    public Task<IReadOnlyList<UploadToken>> ListAsync(string tenantId, string datasetId, CancellationToken cancellationToken) =>
        ListAsync(tenantId, "dataset_id = $dataset", c => c.With("$dataset", datasetId), cancellationToken);

    protected override void BindExtraColumns(SqliteCommand command, UploadToken token) =>
        command.With("$dataset_id", token.DatasetId);

    protected override UploadToken Read(SqliteDataReader row) =>
        new(row.GetString(0), row.GetString(1), row.GetString(9), row.GetString(2), row.GetString(3), row.GetString(4),
            row.GetTime(5), row.GetTime(6), row.GetTimeOrNull(7), row.GetTimeOrNull(8));
}
