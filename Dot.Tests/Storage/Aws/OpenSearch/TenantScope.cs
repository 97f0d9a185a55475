using System.Text.Json.Nodes;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>The checks that a request the adapter sent is held to one tenant: its routing, and the tenant term first in its filter.</summary>
public static class TenantScope
{
    public static void AssertScoped(RecordedCall call, string tenant)
    {
        switch (call.Endpoint)
        {
            case "_search" or "_count" or "_delete_by_query" or "_update_by_query":
                Assert.Equal(tenant, call.Routing);
                var filters = call.Body?["query"]?["bool"]?["filter"]?.AsArray();
                Assert.NotNull(filters);
                Assert.Equal(tenant, filters[0]?["term"]?["tenant"]?["value"]?.GetValue<string>());
                break;
            case "_bulk":
                var lines = Assert.IsType<JsonArray>(call.Body);
                for (var i = 0; i < lines.Count; i += 2)
                {
                    Assert.Equal(tenant, lines[i]!["index"]!["routing"]!.GetValue<string>());
                    Assert.StartsWith(tenant + ":", lines[i]!["index"]!["_id"]!.GetValue<string>(), StringComparison.Ordinal);
                    Assert.Equal(tenant, lines[i + 1]!["tenant"]!.GetValue<string>());
                }
                break;
            default:
                throw new Xunit.Sdk.XunitException($"Unexpected {call.Method} {call.Path} for a tenant's work.");
        }
    }
}
