using System.Text;
using System.Text.RegularExpressions;
using Dot.Domain.Connectors;
using Dot.Domain.Identifiers;
using Dot.Domain.Naming;
using Dot.Domain.Secrets;
using Microsoft.Extensions.Options;

namespace Dot.Api.Connectors;

/// <summary>
/// Creates, changes and deletes connectors: every input checked before anything is stored, the secret sealed with
/// the connector's context before it is stored. Checks fail with an <see cref="ArgumentException"/> whose message is
/// one sentence for the caller.
/// </summary>
public sealed partial class ConnectorService(
    IConnectorStore connectors, IConnectorRunStore runs, ISecretProtector secrets, TimeProvider clock, IOptions<ConnectorOptions> options, ConnectorSignal signal)
{
    public async Task<Connector> CreateAsync(string tenantId, ConnectorDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetUtcNow();
        var schedule = string.IsNullOrWhiteSpace(draft.Schedule) ? Connector.DefaultSchedule : draft.Schedule.Trim();
        var connector = new Connector(
            OpaqueId.New(Connector.IdPrefix), tenantId, draft.DatasetId, ValidName(draft.Name), draft.Kind,
            ValidSettings(draft.Kind, draft.Settings), schedule, Enabled: true, now)
        {
            NextRunAt = now,
        };
        ConnectorSchedule.Parse(schedule);
        ConnectorSecretRules.Validate(draft.Kind, draft.Secret);
        var sealedSecret = await SealAsync(connector, draft.Secret, cancellationToken);
        await connectors.CreateAsync(connector, cancellationToken);
        await connectors.SetSecretAsync(tenantId, connector.Id, sealedSecret, now, cancellationToken);
        signal.Wake();
        return connector with { SecretSetAt = now };
    }

    /// <summary>Applies the changes given (null leaves a value as it is); a connector re-enabled, or given a new schedule, is due at its next slot.</summary>
    public async Task<Connector?> UpdateAsync(string tenantId, string connectorId, ConnectorChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (await connectors.FindAsync(tenantId, connectorId, cancellationToken) is not { } connector)
        {
            return null;
        }
        var settings = connector.Settings with
        {
            BaseUrl = change.BaseUrl ?? connector.Settings.BaseUrl,
            Jql = change.Jql ?? connector.Settings.Jql,
            Email = change.Email ?? connector.Settings.Email,
            ReconcileHours = change.ReconcileHours ?? connector.Settings.ReconcileHours,
        };
        var schedule = change.Schedule?.Trim() ?? connector.Schedule;
        var enabled = change.Enabled ?? connector.Enabled;
        var updated = connector with
        {
            Name = change.Name is null ? connector.Name : ValidName(change.Name),
            Settings = ValidSettings(connector.Kind, settings),
            Schedule = schedule,
            Enabled = enabled,
            NeedsAttention = (change.Enabled == true || change.BaseUrl is not null) ? false : connector.NeedsAttention,
            NextRunAt = schedule != connector.Schedule || (enabled && !connector.Enabled)
                ? ConnectorSchedule.NextRun(schedule, clock.GetUtcNow(), TimeSpan.Zero)
                : connector.NextRunAt,
        };
        return await connectors.UpdateAsync(updated, cancellationToken) ? updated : null;
    }

    /// <summary>Replaces the secret; a connector that needed attention for its credentials is given another chance.</summary>
    public async Task<Connector?> SetSecretAsync(string tenantId, string connectorId, string secret, CancellationToken cancellationToken)
    {
        if (await connectors.FindAsync(tenantId, connectorId, cancellationToken) is not { } connector)
        {
            return null;
        }
        ConnectorSecretRules.Validate(connector.Kind, secret);
        var now = clock.GetUtcNow();
        await connectors.SetSecretAsync(tenantId, connectorId, await SealAsync(connector, secret, cancellationToken), now, cancellationToken);
        var updated = connector with { SecretSetAt = now, NeedsAttention = false };
        await connectors.UpdateAsync(updated, cancellationToken);
        return updated;
    }

    public Task<bool> DeleteAsync(string tenantId, string connectorId, CancellationToken cancellationToken) =>
        connectors.DeleteAsync(tenantId, connectorId, cancellationToken);

    /// <summary>Queues a manual run (or returns the one already queued) and makes the connector due now.</summary>
    public async Task<ConnectorRun?> RunNowAsync(string tenantId, string connectorId, CancellationToken cancellationToken)
    {
        if (await connectors.FindAsync(tenantId, connectorId, cancellationToken) is not { } connector)
        {
            return null;
        }
        if (!connector.Enabled)
        {
            throw new ArgumentException("The connector is disabled: enable it first.");
        }
        var now = clock.GetUtcNow();
        var run = await runs.FindQueuedAsync(tenantId, connectorId, cancellationToken)
            ?? new ConnectorRun(OpaqueId.New(ConnectorRun.IdPrefix), tenantId, connectorId, ConnectorRunTrigger.Manual, ConnectorRunStatus.Queued, now);
        await runs.SaveAsync(run, cancellationToken);
        await connectors.UpdateAsync(connector with { NextRunAt = now }, cancellationToken);
        signal.Wake();
        return run;
    }

    private ConnectorSettings ValidSettings(ConnectorKind kind, ConnectorSettings settings) => kind switch
    {
        ConnectorKind.Jira => settings with
        {
            BaseUrl = ConnectorUrl.Validate(settings.BaseUrl, options.Value.AllowPrivateAddresses).ToString(),
            Jql = Required(settings.Jql, "jql", 2000),
            Email = settings.Deployment == JiraDeployment.Cloud ? Required(settings.Email, "email", 320) : null,
            ReconcileHours = settings.ReconcileHours is null or (>= 0 and <= ConnectorOptions.JiraOptions.MaxReconcileHours)
                ? settings.ReconcileHours
                : throw new ArgumentException($"'reconcileHours' must be from 0 (every run) to {ConnectorOptions.JiraOptions.MaxReconcileHours}."),
        },
        ConnectorKind.AppStore => settings with
        {
            AppId = Required(settings.AppId, "appId", 64),
            IssuerId = Required(settings.IssuerId, "issuerId", 64),
            KeyId = Required(settings.KeyId, "keyId", 64),
        },
        _ => settings with { PackageName = ValidPackageName(settings.PackageName) },
    };

    private static string ValidPackageName(string? value)
    {
        var name = Required(value, "packageName", 255);
        return AndroidPackageName().IsMatch(name)
            ? name
            : throw new ArgumentException($"'packageName' is not an Android application id such as com.acme.app.");
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+$")]
    private static partial Regex AndroidPackageName();

    private static string Required(string? value, string name, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"'{name}' is required.")
        : value.Trim().Length > maxLength ? throw new ArgumentException($"'{name}' is longer than {maxLength} characters.")
        : value.Trim();

    private static string ValidName(string name) =>
        NameRule.Validate("connector", name, out var valid) is { } problem ? throw new ArgumentException(problem) : valid;

    private Task<SealedSecret> SealAsync(Connector connector, string secret, CancellationToken cancellationToken) =>
        secrets.ProtectAsync(Encoding.UTF8.GetBytes(secret), connector.SecretContext, cancellationToken);
}
