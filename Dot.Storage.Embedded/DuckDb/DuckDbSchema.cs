namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The analytics tables. Every row starts with the tenant id. No indexes and no keys: DuckDB keeps min/max zone
/// maps per row group for every column, rows arrive clustered by upload (and so roughly by time), and the
/// aggregates scan a few narrow columns; an ART index would slow every bulk append and help none of them.
/// </summary>
internal static class DuckDbSchema
{
    public const string TestResults = "test_results";

    public const string WorkItems = "work_items";

    public const string Reviews = "reviews";

    public const string StoredUploads = "stored_uploads";

    public const string TestDays = "rollup_test_days";

    public const string DatasetDays = "rollup_dataset_days";

    public const string FailureDays = "rollup_failure_days";

    public const string SplitUploads = "rollup_split_uploads";

    public const string StaleDays = "rollup_stale_days";

    /// <summary>
    /// Column order is the order <see cref="DuckDbResultRows"/> appends in. <c>received_at</c> is when the
    /// upload arrived; <c>superseded</c> marks an execution a later upload of the same run repeated
    /// (<see cref="DuckDbRunSupersession"/>): aggregates count only the rest. <c>status</c> is a
    /// <see cref="DuckDbStatusCodes"/> code; <c>ts</c> is UTC (plain TIMESTAMP, so day buckets are UTC days
    /// whatever the server's time zone, without ICU time-zone arithmetic in the scans). <c>ordinal</c> is the
    /// execution's position in its upload (with the upload id, its unique and stable id); <c>failure_fingerprint</c>
    /// is <see cref="Domain.Analytics.FailureFingerprint"/> of the message of a failed or errored execution, null for
    /// the others. Columns added after the first release come last, and <see cref="DuckDbSchemaUpgrade"/> adds them
    /// to older files. <c>reviews</c> holds one row per review (an upsert replaces it), in the order
    /// <see cref="DuckDbReviewRows"/> appends; a file from before it gets the table from this script.
    /// <c>stored_uploads</c> has a row per upload and run that has results stored, with the span of
    /// their <c>received_at</c> (<see cref="DuckDbStoredUploads"/>). The <c>rollup_</c> tables are what dashboards
    /// read (<see cref="DuckDbRollupRefresh"/>, decision 0015): per dataset, test and UTC day
    /// (<see cref="Domain.Analytics.Rollups.TestDayRollup"/>; <c>history</c> and <c>test</c> are the hashes the flaky
    /// query groups by), per dataset and day, per dataset, day, failure fingerprint and test, and the uploads holding
    /// a test's executions of one run on more than one day, for which the flaky rollups would not be exact; and the days
    /// of each dataset whose rollup rows are not computed again yet after a write, since when, and whether only later
    /// executions were added (<see cref="DuckDbStaleDays"/>). A dataset-day row's <c>covered_to</c> is the latest
    /// execution time of the day when its rollups were computed (decision 0020).
    /// </summary>
    public const string Script = $"""
        CREATE TABLE IF NOT EXISTS {TestResults} (
            tenant_id VARCHAR NOT NULL,
            dataset_id VARCHAR NOT NULL,
            upload_id VARCHAR NOT NULL,
            run_key VARCHAR,
            environment VARCHAR,
            suite VARCHAR,
            class_name VARCHAR,
            name VARCHAR NOT NULL,
            status UTINYINT NOT NULL,
            duration_ms DOUBLE NOT NULL,
            failure_message VARCHAR,
            failure_type VARCHAR,
            ts TIMESTAMP NOT NULL,
            flaky BOOLEAN NOT NULL,
            received_at TIMESTAMP NOT NULL,
            superseded BOOLEAN NOT NULL,
            ordinal INTEGER NOT NULL,
            failure_fingerprint VARCHAR
        );
        CREATE TABLE IF NOT EXISTS {WorkItems} (
            tenant_id VARCHAR NOT NULL,
            dataset_id VARCHAR NOT NULL,
            upload_id VARCHAR NOT NULL,
            key VARCHAR NOT NULL,
            project_key VARCHAR,
            issue_type VARCHAR,
            type VARCHAR NOT NULL,
            summary VARCHAR,
            status VARCHAR,
            status_category VARCHAR NOT NULL,
            priority VARCHAR,
            severity VARCHAR,
            components VARCHAR[] NOT NULL,
            labels VARCHAR[] NOT NULL,
            created TIMESTAMP,
            updated TIMESTAMP,
            resolved TIMESTAMP,
            story_points DOUBLE,
            sprint VARCHAR,
            parent_key VARCHAR,
            epic_key VARCHAR,
            assignee_name VARCHAR,
            received_at TIMESTAMP NOT NULL,
            superseded BOOLEAN NOT NULL
        );
        CREATE TABLE IF NOT EXISTS {Reviews} (
            tenant_id VARCHAR NOT NULL,
            dataset_id VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            review_id VARCHAR NOT NULL,
            rating UTINYINT NOT NULL,
            reviewed_at TIMESTAMP NOT NULL,
            title VARCHAR,
            text VARCHAR,
            language VARCHAR,
            app_version VARCHAR
        );
        CREATE TABLE IF NOT EXISTS {StoredUploads} (
            tenant_id VARCHAR NOT NULL,
            dataset_id VARCHAR NOT NULL,
            upload_id VARCHAR NOT NULL,
            run_key VARCHAR,
            first_received_at TIMESTAMP NOT NULL,
            last_received_at TIMESTAMP NOT NULL
        );
        CREATE TABLE IF NOT EXISTS {TestDays} (
            tenant_id VARCHAR NOT NULL,
            dataset_id VARCHAR NOT NULL,
            day DATE NOT NULL,
            history UBIGINT NOT NULL,
            test UBIGINT NOT NULL,
            suite VARCHAR,
            class_name VARCHAR,
            name VARCHAR NOT NULL,
            passed BIGINT NOT NULL,
            failed BIGINT NOT NULL,
            errored BIGINT NOT NULL,
            skipped BIGINT NOT NULL,
            runs BIGINT NOT NULL,
            flaky_runs BIGINT NOT NULL,
            last_flaky_at TIMESTAMP,
            first_failed BOOLEAN,
            first_flagged BOOLEAN,
            first_next_passed BOOLEAN,
            first_ended TIMESTAMP,
            last_failed BOOLEAN,
            last_flagged BOOLEAN,
            last_previous_passed BOOLEAN,
            last_ended TIMESTAMP,
            measured BIGINT NOT NULL,
            duration_sum DOUBLE NOT NULL,
            duration_min DOUBLE,
            duration_max DOUBLE,
            durations DOUBLE[]
        );
        CREATE TABLE IF NOT EXISTS {DatasetDays} (
            tenant_id VARCHAR NOT NULL,
            dataset_id VARCHAR NOT NULL,
            day DATE NOT NULL,
            passed BIGINT NOT NULL,
            failed BIGINT NOT NULL,
            errored BIGINT NOT NULL,
            skipped BIGINT NOT NULL,
            covered_to TIMESTAMP
        );
        CREATE TABLE IF NOT EXISTS {FailureDays} (
            tenant_id VARCHAR NOT NULL,
            dataset_id VARCHAR NOT NULL,
            day DATE NOT NULL,
            fingerprint VARCHAR,
            suite VARCHAR,
            class_name VARCHAR,
            name VARCHAR NOT NULL,
            failures BIGINT NOT NULL,
            last_at TIMESTAMP NOT NULL,
            last_message VARCHAR,
            last_upload VARCHAR NOT NULL,
            last_ordinal INTEGER NOT NULL,
            test UBIGINT
        );
        CREATE TABLE IF NOT EXISTS {SplitUploads} (
            tenant_id VARCHAR NOT NULL,
            dataset_id VARCHAR NOT NULL,
            upload_id VARCHAR NOT NULL,
            first_day DATE NOT NULL,
            last_day DATE NOT NULL
        );
        CREATE TABLE IF NOT EXISTS {StaleDays} (
            tenant_id VARCHAR NOT NULL,
            dataset_id VARCHAR NOT NULL,
            day DATE NOT NULL,
            marked_at TIMESTAMP NOT NULL,
            appended_after BOOLEAN
        );
        """;
}
