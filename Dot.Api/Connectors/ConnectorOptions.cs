using System.ComponentModel.DataAnnotations;

namespace Dot.Api.Connectors;

/// <summary>The <c>Connectors</c> settings: the outbound guard, the app-store endpoints, the scheduler's pace and the HTTP limits.</summary>
public sealed class ConnectorOptions
{
    public const string Section = "Connectors";

    /// <summary>Allows loopback and private addresses, and plain http on loopback: for Development and tests only.</summary>
    public bool AllowPrivateAddresses { get; set; }

    public EndpointOptions AppStore { get; set; } = new() { BaseUrl = "https://api.appstoreconnect.apple.com" };

    public EndpointOptions GooglePlay { get; set; } = new()
    {
        BaseUrl = "https://androidpublisher.googleapis.com",
        TokenUrl = "https://oauth2.googleapis.com/token",
    };

    public JiraOptions Jira { get; set; } = new();

    /// <summary>Whether this instance runs connectors; an API-only instance leaves them to others.</summary>
    public bool RunScheduler { get; set; } = true;

    [Range(0.05, 3600)]
    public double PollSeconds { get; set; } = 15;

    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>How many connectors one instance runs at the same time; each connector still runs once at a time.</summary>
    [Range(1, 32)]
    public int MaxParallelRuns { get; set; } = 4;

    /// <summary>The most a schedule is delayed at random, so connectors on the same schedule do not fire in the same second.</summary>
    [Range(0, 3600)]
    public int JitterSeconds { get; set; } = 30;

    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>The longest wait a rate limit may ask for inside a run; beyond it the run stops and resumes from its cursor next time.</summary>
    [Range(0, 3600)]
    public int MaxRetryAfterSeconds { get; set; } = 60;

    [Range(1, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay of a retry after a 5xx or a timeout; it doubles with each try, with jitter.</summary>
    [Range(0.001, 60)]
    public double RetryBaseDelaySeconds { get; set; } = 1;

    [Range(1024, 1073741824)]
    public int MaxResponseBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>How far behind its watermark an incremental Jira run starts (JQL has minute precision; clocks drift).</summary>
    [Range(0, 1440)]
    public int OverlapMinutes { get; set; } = 5;

    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    public sealed class JiraOptions
    {
        public const int MaxReconcileHours = 24 * 366;

        /// <summary>Hours between full reconciliations of a Jira connector that does not set its own (0: every run).</summary>
        [Range(0, MaxReconcileHours)]
        public int ReconcileHours { get; set; } = 24;
    }

    public sealed class EndpointOptions
    {
        public string BaseUrl { get; set; } = "";

        public string TokenUrl { get; set; } = "";
    }
}
