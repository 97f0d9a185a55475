using System.Text.Json.Nodes;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>
/// What OpenSearch answers when nothing matches, shaped as its documentation shows each API's answer: a search with
/// no hits and every aggregation it asked for empty (a bucket aggregation with no buckets, a single-bucket one with
/// a zero count, a metric without a value), a bulk with every item created, a by-query call that touched nothing.
/// </summary>
public static class EmptyIndexAnswers
{
    public static JsonNode For(RecordedCall call) => call.Endpoint switch
    {
        "_search" => new JsonObject
        {
            ["took"] = 1,
            ["timed_out"] = false,
            ["hits"] = Hits(),
            ["aggregations"] = Aggregations(call.Body?["aggs"]?.AsObject()),
        },
        "_count" => new JsonObject { ["count"] = 0 },
        "_bulk" => new JsonObject
        {
            ["took"] = 3,
            ["errors"] = false,
            ["items"] = new JsonArray(call.Body is JsonArray lines
                ? lines.Where((_, i) => i % 2 == 0).Select(action => (JsonNode)new JsonObject
                {
                    ["index"] = new JsonObject { ["_id"] = action!["index"]!["_id"]!.GetValue<string>(), ["status"] = 201, ["result"] = "created" },
                }).ToArray()
                : []),
        },
        "_delete_by_query" or "_update_by_query" => new JsonObject
        {
            ["took"] = 2,
            ["timed_out"] = false,
            ["total"] = 0,
            ["deleted"] = 0,
            ["updated"] = 0,
            ["failures"] = new JsonArray(),
        },
        _ => new JsonObject { ["acknowledged"] = true },
    };

    private static JsonObject Hits() => new()
    {
        ["total"] = new JsonObject { ["value"] = 0, ["relation"] = "eq" },
        ["hits"] = new JsonArray(),
    };

    private static JsonObject Aggregations(JsonObject? requested)
    {
        var answers = new JsonObject();
        foreach (var (name, aggregation) in requested ?? [])
        {
            var kind = aggregation!.AsObject().First(property => property.Key != "aggs");
            answers[name] = kind.Key switch
            {
                "composite" or "terms" or "date_histogram" => new JsonObject { ["buckets"] = new JsonArray() },
                "filter" => With(new JsonObject { ["doc_count"] = 0 }, Aggregations(aggregation["aggs"]?.AsObject())),
                "filters" => new JsonObject
                {
                    ["buckets"] = new JsonObject(kind.Value!["filters"]!.AsObject().Select(filter =>
                        KeyValuePair.Create(filter.Key, (JsonNode?)new JsonObject { ["doc_count"] = 0 }))),
                },
                "percentiles" => new JsonObject
                {
                    ["values"] = new JsonArray(kind.Value!["percents"]!.AsArray()
                        .Select(percent => (JsonNode)new JsonObject { ["key"] = percent!.GetValue<double>(), ["value"] = null }).ToArray()),
                },
                "top_hits" => new JsonObject { ["hits"] = Hits() },
                _ => new JsonObject { ["value"] = null },
            };
        }
        return answers;
    }

    private static JsonObject With(JsonObject bucket, JsonObject subAggregations)
    {
        foreach (var (name, value) in subAggregations.ToList())
        {
            subAggregations.Remove(name);
            bucket[name] = value;
        }
        return bucket;
    }
}
