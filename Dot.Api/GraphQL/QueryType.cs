using Dot.Api.GraphQL.Analytics;
using Dot.Api.GraphQL.Audit;
using Dot.Api.GraphQL.Connectors;
using Dot.Api.GraphQL.Datasets;
using Dot.Api.GraphQL.ReadTokens;
using Dot.Api.GraphQL.TestResults;
using Dot.Api.GraphQL.Uploads;
using Dot.Api.GraphQL.WorkItems;
using Dot.Api.GraphQL.UploadTokens;
using Dot.Api.GraphQL.Viewer;
using GraphQL.Types;

namespace Dot.Api.GraphQL;

/// <summary>The root query; each feature folder adds its fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddViewerQueries();
        this.AddDatasetQueries();
        this.AddUploadTokenQueries();
        this.AddReadTokenQueries();
        this.AddUploadQueries();
        this.AddTestSummaryQueries();
        this.AddTestRunQueries();
        this.AddTestResultQueries();
        this.AddAnalyticsQueries();
        this.AddWorkItemQueries();
        this.AddConnectorQueries();
        this.AddAuditQueries();
    }
}
