namespace Dot.Portal.Api.Models;

/// <summary>A test run.</summary>
public sealed record TestRun(string Id, string? Key, DateTimeOffset LastUploadAt, int Uploads, long Flaky, TestSummary Summary);
