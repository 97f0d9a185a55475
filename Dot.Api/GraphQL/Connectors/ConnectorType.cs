using Dot.Domain.Connectors;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Connectors;

/// <summary>A connector as callers see it: its settings, never its secret (only when it was set).</summary>
public sealed class ConnectorType : ObjectGraphType<Connector>
{
    public ConnectorType()
    {
        Name = "Connector";
        Description = "Pulls data into a dataset on a schedule. Google Play answers only the last week of reviews: run it at least weekly.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("datasetId").Resolve(c => c.Source.DatasetId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ConnectorKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Resolve(c => c.Source.Enabled);
        Field<NonNullGraphType<StringGraphType>>("schedule").Description("A cron expression of five fields, UTC.").Resolve(c => c.Source.Schedule);
        Field<DateTimeGraphType>("secretSetAt").Description("When the secret was last set; the secret itself is never returned.").Resolve(c => c.Source.SecretSetAt?.UtcDateTime);
        Field<DateTimeGraphType>("nextRunAt").Resolve(c => c.Source.Enabled ? c.Source.NextRunAt?.UtcDateTime : null);
        Field<NonNullGraphType<ConnectorHealthType>>("health").Resolve(c => c.Source.Health);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt.UtcDateTime);
        Field<StringGraphType>("baseUrl").Resolve(c => c.Source.Settings.BaseUrl);
        Field<JiraDeploymentType>("deployment").Resolve(c => c.Source.Settings.Deployment);
        Field<StringGraphType>("jql").Resolve(c => c.Source.Settings.Jql);
        Field<StringGraphType>("email").Resolve(c => c.Source.Settings.Email);
        Field<IntGraphType>("reconcileHours")
            .Description("Jira: hours between full reconciliations, which remove issues deleted or moved out of the JQL; null: the instance's default (Connectors:Jira:ReconcileHours).")
            .Resolve(c => c.Source.Settings.ReconcileHours);
        Field<StringGraphType>("appId").Resolve(c => c.Source.Settings.AppId);
        Field<StringGraphType>("issuerId").Resolve(c => c.Source.Settings.IssuerId);
        Field<StringGraphType>("keyId").Resolve(c => c.Source.Settings.KeyId);
        Field<StringGraphType>("packageName").Resolve(c => c.Source.Settings.PackageName);
        Field<ConnectorRunType>("lastRun").ResolveAsync(async c =>
            (await c.GetService<IConnectorRunStore>().ListAsync(c.Source.TenantId, c.Source.Id, 1, null, c.CancellationToken)) is [var last, ..] ? last : null);
    }
}
