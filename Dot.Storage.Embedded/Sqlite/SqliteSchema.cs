namespace Dot.Storage.Embedded.Sqlite;

/// <summary>The configuration tables. Every key that holds tenant data starts with the tenant id.</summary>
internal static class SqliteSchema
{
    /// <summary>What every token table holds after its tenant, id and own columns (see <see cref="SqliteTokenStore{TToken}"/>).</summary>
    public const string TokenColumns = """
        name TEXT NOT NULL,
        display_prefix TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT,
        PRIMARY KEY (tenant_id, id)
        """;

    /// <summary>The upload records; their uniqueness is in the indexes of <see cref="Script"/>.</summary>
    public const string UploadsTable = """
        CREATE TABLE IF NOT EXISTS uploads (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            dataset_id TEXT NOT NULL,
            token_id TEXT NOT NULL,
            status TEXT NOT NULL,
            files TEXT NOT NULL,
            run_key TEXT,
            environment TEXT,
            idempotency_key TEXT,
            content_sha256 TEXT NOT NULL,
            received_at TEXT NOT NULL,
            finished_at TEXT,
            counts TEXT,
            errors TEXT,
            warnings TEXT,
            PRIMARY KEY (tenant_id, id)
        );
        """;

    public const string Script = $$"""
        CREATE TABLE IF NOT EXISTS tenants (
            id TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS memberships (
            issuer TEXT NOT NULL,
            subject TEXT NOT NULL,
            tenant_id TEXT NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (issuer, subject)
        );
        CREATE TABLE IF NOT EXISTS datasets (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            created_at TEXT NOT NULL,
            retention_days INTEGER,
            PRIMARY KEY (tenant_id, id),
            UNIQUE (tenant_id, name)
        );
        CREATE TABLE IF NOT EXISTS upload_tokens (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            dataset_id TEXT NOT NULL,
            {{TokenColumns}}
        );
        CREATE INDEX IF NOT EXISTS upload_tokens_by_dataset ON upload_tokens (tenant_id, dataset_id);
        CREATE TABLE IF NOT EXISTS read_tokens (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            dataset_id TEXT,
            scope TEXT NOT NULL,
            {{TokenColumns}}
        );
        CREATE INDEX IF NOT EXISTS read_tokens_by_dataset ON read_tokens (tenant_id, dataset_id);
        {{UploadsTable}}
        -- An upload is the same as an earlier one when it has the same idempotency key, or, without a key, the same
        -- bytes for the same run (see IUploadStore).
        CREATE UNIQUE INDEX IF NOT EXISTS uploads_by_idempotency_key ON uploads (tenant_id, dataset_id, idempotency_key)
            WHERE idempotency_key IS NOT NULL;
        CREATE UNIQUE INDEX IF NOT EXISTS uploads_by_content ON uploads (tenant_id, dataset_id, content_sha256, ifnull(run_key, ''))
            WHERE idempotency_key IS NULL;
        CREATE INDEX IF NOT EXISTS uploads_by_dataset ON uploads (tenant_id, dataset_id, received_at DESC, id DESC);
        CREATE INDEX IF NOT EXISTS uploads_unfinished ON uploads (status) WHERE status IN ('QUEUED', 'PROCESSING');
        CREATE TABLE IF NOT EXISTS upload_jobs (
            tenant_id TEXT NOT NULL,
            upload_id TEXT NOT NULL,
            enqueued_at INTEGER NOT NULL,
            lease_id TEXT,
            worker_id TEXT,
            lease_expires_at INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (tenant_id, upload_id)
        );
        CREATE INDEX IF NOT EXISTS upload_jobs_by_due ON upload_jobs (lease_expires_at, enqueued_at);
        CREATE TABLE IF NOT EXISTS connectors (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            dataset_id TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            settings TEXT NOT NULL,
            schedule TEXT NOT NULL,
            enabled INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            secret_set_at TEXT,
            next_run_at INTEGER,
            needs_attention INTEGER NOT NULL DEFAULT 0,
            cursor TEXT,
            lease_holder TEXT,
            lease_expires_at INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (tenant_id, id)
        );
        CREATE INDEX IF NOT EXISTS connectors_by_dataset ON connectors (tenant_id, dataset_id, name);
        CREATE INDEX IF NOT EXISTS connectors_by_due ON connectors (next_run_at) WHERE enabled = 1;
        CREATE TABLE IF NOT EXISTS connector_secrets (
            tenant_id TEXT NOT NULL,
            connector_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            key_id TEXT NOT NULL,
            wrapped_key BLOB NOT NULL,
            nonce BLOB NOT NULL,
            ciphertext BLOB NOT NULL,
            tag BLOB NOT NULL,
            PRIMARY KEY (tenant_id, connector_id)
        );
        CREATE TABLE IF NOT EXISTS connector_runs (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            connector_id TEXT NOT NULL,
            trigger TEXT NOT NULL,
            status TEXT NOT NULL,
            queued_at TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT,
            pages INTEGER NOT NULL,
            items_fetched INTEGER NOT NULL,
            error TEXT,
            UNIQUE (tenant_id, id)
        );
        CREATE INDEX IF NOT EXISTS connector_runs_by_connector ON connector_runs (tenant_id, connector_id, seq DESC);
        CREATE TABLE IF NOT EXISTS audit_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            actor_kind TEXT NOT NULL,
            action TEXT NOT NULL,
            target_id TEXT,
            outcome TEXT NOT NULL,
            remote_address TEXT,
            reason TEXT,
            UNIQUE (tenant_id, id)
        );
        CREATE INDEX IF NOT EXISTS audit_events_by_tenant ON audit_events (tenant_id, seq DESC);
        -- The port has no update or delete; these keep it so for anything else that opens the file.
        CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only.'); END;
        CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only.'); END;
        -- Uploads a version before the job queue left unfinished get a job (a no-op once they have one).
        INSERT INTO upload_jobs (tenant_id, upload_id, enqueued_at)
            SELECT tenant_id, id, 0 FROM uploads WHERE status IN ('QUEUED', 'PROCESSING') ON CONFLICT DO NOTHING;
        """;
}
