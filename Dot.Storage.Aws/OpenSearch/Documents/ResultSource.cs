using System.Text.Json.Serialization;
using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Documents;

/// <summary>
/// A test execution as the results index keeps it, under <see cref="DocumentIds"/>' id. <c>run</c> is the
/// run id (the run key, or the upload id), <c>test_key</c> a hash naming the test (<see cref="TestKeys"/>),
/// <c>superseded</c> marks an execution a later upload of its run repeated, <c>failure_fingerprint</c> is kept for
/// failed and errored executions only; times are UTC to the tick.
/// </summary>
public sealed record ResultSource : UploadSource
{
    public static IReadOnlyDictionary<string, FieldMapping> Mapping { get; } = MappingWith(new Dictionary<string, FieldMapping>
    {
        ["run"] = FieldMapping.Keyword,
        ["run_key"] = FieldMapping.Keyword,
        ["environment"] = FieldMapping.Keyword,
        ["suite"] = FieldMapping.Keyword,
        ["class_name"] = FieldMapping.Keyword,
        ["name"] = FieldMapping.Keyword,
        ["test_key"] = FieldMapping.Keyword,
        ["status"] = FieldMapping.Keyword,
        ["duration_ms"] = FieldMapping.Number,
        ["failure_message"] = FieldMapping.Stored,
        ["has_failure_message"] = FieldMapping.Boolean,
        ["failure_type"] = FieldMapping.Keyword,
        ["failure_fingerprint"] = FieldMapping.Keyword,
        ["ts"] = FieldMapping.DateNanos,
        ["flaky"] = FieldMapping.Boolean,
    });

    [JsonPropertyName("run")]
    public required string Run { get; init; }

    [JsonPropertyName("run_key")]
    public string? RunKey { get; init; }

    [JsonPropertyName("environment")]
    public string? Environment { get; init; }

    [JsonPropertyName("suite")]
    public string? Suite { get; init; }

    [JsonPropertyName("class_name")]
    public string? ClassName { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("test_key")]
    public required string TestKey { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("duration_ms")]
    public double DurationMs { get; init; }

    [JsonPropertyName("failure_message")]
    public string? FailureMessage { get; init; }

    [JsonPropertyName("has_failure_message")]
    public bool HasFailureMessage { get; init; }

    [JsonPropertyName("failure_type")]
    public string? FailureType { get; init; }

    [JsonPropertyName("failure_fingerprint")]
    public string? FailureFingerprint { get; init; }

    [JsonPropertyName("ts")]
    public DateTimeOffset Timestamp { get; init; }

    [JsonPropertyName("flaky")]
    public bool Flaky { get; init; }

    public static ResultSource Of(TestResultDocument result, int ordinal) => new()
    {
        Tenant = result.TenantId,
        Dataset = result.DatasetId,
        Upload = result.UploadId,
        Ordinal = ordinal,
        Run = result.RunKey ?? result.UploadId,
        RunKey = result.RunKey,
        Environment = result.Environment,
        Suite = result.Suite,
        ClassName = result.ClassName,
        Name = result.Name,
        TestKey = TestKeys.Of(result.Suite, result.ClassName, result.Name),
        Status = StatusValues.Of(result.Status),
        DurationMs = result.DurationMs,
        FailureMessage = result.FailureMessage,
        HasFailureMessage = result.FailureMessage is not null,
        FailureType = result.FailureType,
        FailureFingerprint = result.Status is TestStatus.Failed or TestStatus.Errored ? Domain.Analytics.FailureFingerprint.Of(result.FailureMessage) : null,
        Timestamp = result.Timestamp.ToUniversalTime(),
        Flaky = result.Flaky,
        ReceivedAt = result.UploadedAt.ToUniversalTime(),
    };

    public TestResultHit ToHit() =>
        new(new TestResultDocument(
                Tenant, Dataset, Upload, RunKey, Environment, Suite, ClassName, Name, StatusValues.ToStatus(Status), DurationMs,
                FailureMessage, FailureType, Timestamp, Flaky, ReceivedAt),
            Ordinal);
}
