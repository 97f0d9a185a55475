using Dot.Api.Connectors;
using Dot.Api.GraphQL.Datasets;
using Dot.Domain.Connectors;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Connectors;

public static class ConnectorMutations
{
    public static void AddConnectorMutations(this ObjectGraphType mutation)
    {
        mutation.OwnerMutation<ConnectorPayloadType, CreateJiraConnectorInputType>(
                "createJiraConnector", "Adds a Jira Cloud or Data Center connector to a dataset; its first run is due at once. Owners only.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CreateJiraConnectorInput>("input");
                var settings = new ConnectorSettings
                {
                    BaseUrl = input.BaseUrl,
                    Deployment = input.Deployment,
                    Jql = input.Jql,
                    Email = input.Email,
                    ReconcileHours = input.ReconcileHours,
                };
                return await context.CreateConnectorAsync(input.DatasetId, input.Name, ConnectorKind.Jira, settings, input.Schedule, input.ApiToken);
            });

        mutation.OwnerMutation<ConnectorPayloadType, CreateAppStoreConnectorInputType>(
                "createAppStoreConnector", "Adds an App Store Connect reviews connector to a dataset. Owners only.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CreateAppStoreConnectorInput>("input");
                var settings = new ConnectorSettings { AppId = input.AppId, IssuerId = input.IssuerId, KeyId = input.KeyId };
                return await context.CreateConnectorAsync(input.DatasetId, input.Name, ConnectorKind.AppStore, settings, input.Schedule, input.PrivateKey);
            });

        mutation.OwnerMutation<ConnectorPayloadType, CreateGooglePlayConnectorInputType>(
                "createGooglePlayConnector", "Adds a Google Play reviews connector to a dataset (Google answers only the last week of reviews). Owners only.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CreateGooglePlayConnectorInput>("input");
                var settings = new ConnectorSettings { PackageName = input.PackageName };
                return await context.CreateConnectorAsync(input.DatasetId, input.Name, ConnectorKind.GooglePlay, settings, input.Schedule, input.ServiceAccountJson);
            });

        mutation.OwnerMutation<ConnectorPayloadType, UpdateConnectorInputType>(
                "updateConnector", "Changes a connector's name, schedule, settings or whether it is enabled. Owners only.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateConnectorInput>("input");
                var change = new ConnectorChange(input.Name, input.Schedule, input.Enabled, input.BaseUrl, input.Jql, input.Email, input.ReconcileHours);
                var connector = await ConnectorInput.CheckedAsync(() =>
                    context.GetService<ConnectorService>().UpdateAsync(context.GetCaller().TenantId, input.Id, change, context.CancellationToken));
                return new ConnectorPayload(connector ?? throw ConnectorInput.NotFound(input.Id));
            });

        mutation.OwnerMutation<ConnectorPayloadType, SetConnectorSecretInputType>(
                "setConnectorSecret", "Replaces a connector's secret; it is stored encrypted and never returned. Owners only.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<SetConnectorSecretInput>("input");
                var connector = await ConnectorInput.CheckedAsync(() =>
                    context.GetService<ConnectorService>().SetSecretAsync(context.GetCaller().TenantId, input.Id, input.Secret, context.CancellationToken));
                return new ConnectorPayload(connector ?? throw ConnectorInput.NotFound(input.Id));
            });

        mutation.OwnerMutation<DeleteConnectorPayloadType, ConnectorIdInputType>(
                "deleteConnector", "Deletes a connector, its secret and its runs; the data it brought stays. Owners only.")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<ConnectorIdInput>("input").Id;
                return await context.GetService<ConnectorService>().DeleteAsync(context.GetCaller().TenantId, id, context.CancellationToken)
                    ? new DeleteConnectorPayload(id)
                    : throw ConnectorInput.NotFound(id);
            });

        mutation.OwnerMutation<RunConnectorPayloadType, ConnectorIdInputType>(
                "runConnector", "Queues a run now (or returns the run already queued); one run per connector at a time. Owners only.")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<ConnectorIdInput>("input").Id;
                var run = await ConnectorInput.CheckedAsync(() =>
                    context.GetService<ConnectorService>().RunNowAsync(context.GetCaller().TenantId, id, context.CancellationToken));
                return new RunConnectorPayload(run ?? throw ConnectorInput.NotFound(id));
            });

        mutation.OwnerMutation<TestConnectorPayloadType, ConnectorIdInputType>(
                "testConnector", "Tries the connector's settings and secret with one request; says in one sentence what is wrong, if anything. Owners only.")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<ConnectorIdInput>("input").Id;
                var answer = await context.GetService<ConnectorTester>().TestAsync(context.GetCaller().TenantId, id, context.CancellationToken);
                return answer is var (ok, message) ? new TestConnectorPayload(ok, message) : throw ConnectorInput.NotFound(id);
            });
    }

    private static async Task<ConnectorPayload> CreateConnectorAsync(
        this IResolveFieldContext context, string datasetId, string name, ConnectorKind kind, ConnectorSettings settings, string? schedule, string secret)
    {
        var dataset = await context.RequireDatasetAsync(datasetId);
        var draft = new ConnectorDraft(dataset.Id, name, kind, settings, schedule, secret);
        return new ConnectorPayload(await ConnectorInput.CheckedAsync(() =>
            context.GetService<ConnectorService>().CreateAsync(dataset.TenantId, draft, context.CancellationToken)));
    }
}
