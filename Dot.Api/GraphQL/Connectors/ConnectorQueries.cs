using Dot.Api.Auth;
using Dot.Api.GraphQL.Authorization;
using Dot.Api.GraphQL.Datasets;
using Dot.Domain.Classification;
using Dot.Domain.Connectors;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Dot.Api.GraphQL.Connectors;

public static class ConnectorQueries
{
    public static void AddConnectorQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectorType>>>>("connectors")
            .Classified(DataClassification.Restricted, "The tenant's connectors, of one dataset when datasetId is given, by name. Members and owners; never a read token.")
            .Argument<IdGraphType>("datasetId")
            .AuthorizeWithPolicy(DotPolicies.TenantUser)
            .ResolveAsync(async context =>
            {
                var datasetId = context.GetArgument<string?>("datasetId");
                if (datasetId is not null)
                {
                    await context.RequireDatasetAsync(datasetId);
                }
                return await context.GetService<IConnectorStore>().ListAsync(context.GetCaller().TenantId, datasetId, context.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<ConnectorRunType, EdgeType<ConnectorRunType>>>>("connectorRuns")
            .Classified(DataClassification.Restricted, "A connector's runs, newest first. Members and owners; never a read token.")
            .Argument<NonNullGraphType<IdGraphType>>("connectorId")
            .Paged()
            .AuthorizeWithPolicy(DotPolicies.TenantUser)
            .ResolveAsync(async context =>
            {
                var tenantId = context.GetCaller().TenantId;
                var connectorId = context.GetArgument<string>("connectorId");
                if (await context.GetService<IConnectorStore>().FindAsync(tenantId, connectorId, context.CancellationToken) is null)
                {
                    throw ConnectorInput.NotFound(connectorId);
                }
                return await context.PageAsync(
                    (limit, after) => context.GetService<IConnectorRunStore>().ListAsync(tenantId, connectorId, limit, after, context.CancellationToken),
                    run => run.Id);
            });
    }
}
