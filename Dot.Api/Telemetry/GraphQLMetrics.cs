using System.Diagnostics.Metrics;

namespace Dot.Api.Telemetry;

/// <summary>GraphQL requests by the HTTP status they were answered with, and the errors they carried, by code.</summary>
public sealed class GraphQLMetrics
{
    private readonly Counter<long> _requests;
    private readonly Counter<long> _errors;

    public GraphQLMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(DotTelemetry.Name);
        _requests = meter.CreateCounter<long>("dot.graphql.requests", "{request}", "GraphQL requests, by HTTP status.");
        _errors = meter.CreateCounter<long>("dot.graphql.errors", "{error}", "GraphQL errors answered, by code.");
    }

    public void Answered(int status, IEnumerable<string?> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        _requests.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));
        foreach (var code in codes)
        {
            _errors.Add(1, new KeyValuePair<string, object?>("code", code ?? "UNKNOWN"));
        }
    }
}
