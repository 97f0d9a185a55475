using System.Text;
using Dot.Domain.Reports;
using Dot.Domain.Reports.Jira;
using Dot.Domain.WorkItems;

namespace Dot.Tests.Domain.Reports.Jira;

/// <summary>Parses Jira search responses to the end, for tests that look at the whole result.</summary>
internal static class JiraParsing
{
    public const string ServerV2 = "search-v2-server.json";
    public const string CloudV3 = "search-jql-v3-cloud.json";

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Domain", "Reports", "Jira", "Fixtures", name);

    public static JiraParseResult ParseFixture(string name, WorkItemMapping? mapping = null, ReportLimits? limits = null)
    {
        using var stream = File.OpenRead(FixturePath(name));
        return Parse(stream, mapping, limits);
    }

    public static JiraParseResult Parse(string json, WorkItemMapping? mapping = null, ReportLimits? limits = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Parse(stream, mapping, limits);
    }

    public static JiraParseResult Parse(Stream stream, WorkItemMapping? mapping = null, ReportLimits? limits = null, JiraIssueParser? parser = null)
    {
        var warnings = new ParseWarnings();
        var items = (parser ?? new JiraIssueParser())
            .Parse(stream, mapping ?? WorkItemMapping.Default, limits ?? ReportLimits.Default, warnings)
            .ToList();
        return new JiraParseResult(items, warnings);
    }

    /// <summary>Parses a response holding the one issue given, and returns its work item.</summary>
    public static ParsedWorkItem ParseSingle(string issueJson, WorkItemMapping? mapping = null) =>
        Assert.Single(Parse($$"""{"issues": [{{issueJson}}]}""", mapping).Items);

    /// <summary>Like <see cref="ParseSingle"/> for an issue with the given <c>fields</c> object, keyed T-1.</summary>
    public static ParsedWorkItem ParseFields(string fieldsJson, WorkItemMapping? mapping = null) =>
        ParseSingle($$"""{"key": "T-1", "fields": {{fieldsJson}}}""", mapping);

    public static ReportParseException Reject(byte[] bytes, JiraIssueParser? parser = null)
    {
        using var stream = new MemoryStream(bytes);
        return Reject(stream, parser);
    }

    public static ReportParseException Reject(string json, JiraIssueParser? parser = null) => Reject(Encoding.UTF8.GetBytes(json), parser);

    public static ReportParseException Reject(Stream stream, JiraIssueParser? parser = null)
    {
        var items = (parser ?? new JiraIssueParser()).Parse(stream, WorkItemMapping.Default, ReportLimits.Default, new ParseWarnings());
        return Assert.Throws<ReportParseException>(() => items.ToList());
    }
}

internal sealed record JiraParseResult(IReadOnlyList<ParsedWorkItem> Items, ParseWarnings Warnings)
{
    public ParsedWorkItem this[string key] => Assert.Single(Items, item => item.Key == key);
}
