using Dot.Domain.Identifiers;
using Dot.Domain.Reports;
using Dot.Domain.Uploads;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Sqlite;

/// <summary>A database of the version whose table constraints made the same bytes one upload is migrated when opened.</summary>
public sealed class SqliteUploadsMigrationTests
{
    private const string EarlierUploadsTable = """
        CREATE TABLE uploads (
            tenant_id TEXT NOT NULL, id TEXT NOT NULL, dataset_id TEXT NOT NULL, token_id TEXT NOT NULL, status TEXT NOT NULL,
            files TEXT NOT NULL, run_key TEXT, environment TEXT, idempotency_key TEXT, content_sha256 TEXT NOT NULL,
            received_at TEXT NOT NULL, finished_at TEXT, counts TEXT, errors TEXT, warnings TEXT,
            PRIMARY KEY (tenant_id, id),
            UNIQUE (tenant_id, dataset_id, content_sha256),
            UNIQUE (tenant_id, dataset_id, idempotency_key)
        );
        INSERT INTO uploads VALUES ('ten_a', 'upl_old', 'dst_a', 'utk_a', 'SUCCEEDED',
            '[{"name":"report.xml","sizeBytes":120,"format":"JUnit","rawIndex":0}]', 'pipeline-1', NULL, NULL, 'sha-1',
            '2026-01-01T12:00:00.0000000+00:00', NULL, NULL, NULL, NULL);
        """;

    [Fact]
    public async Task AnEarlierDatabase_KeepsItsUploads_AndTheSameBytesInAnotherRunBecomeANewUpload()
    {
        using var folder = new TempFolder();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "config.db")};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = EarlierUploadsTable;
            await command.ExecuteNonQueryAsync();
        }
        var store = new SqliteUploadStore(new SqliteDatabase(Options.Create(new EmbeddedStorageOptions { Path = folder.Path })));

        var old = await store.FindAsync("ten_a", "upl_old", CancellationToken.None);
        var (_, created) = await store.CreateOrGetExistingAsync(NewUpload("pipeline-2"), CancellationToken.None);
        var (retried, retriedCreated) = await store.CreateOrGetExistingAsync(NewUpload("pipeline-1"), CancellationToken.None);

        Assert.Equal((UploadStatus.Succeeded, "pipeline-1", "report.xml"), (old?.Status, old?.RunKey, old?.Files.Single().Name));
        Assert.True(created);
        Assert.Equal(("upl_old", false), (retried.Id, retriedCreated));
        SqliteConnection.ClearAllPools();
    }

    private static Upload NewUpload(string runKey) =>
        new(OpaqueId.New(Upload.IdPrefix), "ten_a", "dst_a", "utk_a", UploadStatus.Queued,
            [new UploadFile("report.xml", 120, ReportFormat.JUnit, 0)], runKey, null, null, "sha-1", UploadScope.Noon);
}
