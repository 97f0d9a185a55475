using System.Text;
using System.Text.Json;
using Dot.Domain.WorkItems;

namespace Dot.Domain.Reports.Jira;

/// <summary>
/// Streams a saved Jira search response (<c>GET /rest/api/2/search</c> or <c>GET /rest/api/3/search/jql</c>) into
/// work items, one per issue, holding one issue at a time. Stateless: one instance serves any number of parses.
/// </summary>
public sealed class JiraIssueParser
{
    /// <summary>An issue whose JSON is larger than this is refused: 8 MiB.</summary>
    public const int DefaultMaxIssueBytes = 8 * 1024 * 1024;

    public JiraIssueParser(int maxIssueBytes = DefaultMaxIssueBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxIssueBytes);
        MaxIssueBytes = maxIssueBytes;
    }

    /// <summary>The largest issue, in bytes of JSON, that is read; a larger one rejects the report.</summary>
    public int MaxIssueBytes { get; }

    /// <summary>
    /// Streams the work items of the response, lazily: nothing is read until enumeration starts, and memory does not
    /// grow with the size of the response. Enumeration throws <see cref="ReportParseException"/> when the response is
    /// malformed, is not a search response, holds an issue without a key, or an issue over <see cref="MaxIssueBytes"/>;
    /// items yielded before that are not to be trusted (the caller keeps all or nothing).
    /// The caller owns the stream; it is not closed.
    /// </summary>
    public IEnumerable<ParsedWorkItem> Parse(Stream stream, WorkItemMapping mapping, ReportLimits limits, ParseWarnings warnings)
    {
        ParserArguments.ThrowIfNull(stream, limits, warnings);
        ArgumentNullException.ThrowIfNull(mapping);
        return Read(new JiraSearchResponseReader(stream, MaxIssueBytes, warnings), new JiraIssueMapper(mapping, limits, warnings));
    }

    private static IEnumerable<ParsedWorkItem> Read(JiraSearchResponseReader response, JiraIssueMapper mapper)
    {
        while (response.TryReadNextIssue(out var issue))
        {
            ParsedWorkItem item;
            using (issue)
            {
                item = Map(response, mapper, issue.RootElement);
            }

            yield return item;
        }
    }

    private static ParsedWorkItem Map(JiraSearchResponseReader response, JiraIssueMapper mapper, JsonElement issue)
    {
        try
        {
            return mapper.Map(issue) ?? throw response.ErrorAtIssue($"issue {response.IssueNumber} has no 'key'");
        }
        catch (InvalidOperationException exception) when (exception.InnerException is DecoderFallbackException)
        {
            // System.Text.Json checks UTF-8 only when a string is read, so text that is never read is never checked.
            throw response.ErrorAtIssue($"issue {response.IssueNumber} holds text that is not UTF-8", exception);
        }
    }
}
