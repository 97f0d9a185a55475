using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Dot.Domain.Reports.Jira;

/// <summary>
/// Walks a Jira search response (<c>/rest/api/2/search</c> or <c>/rest/api/3/search/jql</c>) forward with the shared
/// <see cref="JsonPullReader"/> and hands out the objects of its top-level <c>issues</c> array one at a time, each read
/// whole (<see cref="JsonPullReader.ReadDocument"/>). Every other top-level property is skipped token by token, so the
/// buffer holds at most one issue (up to the size limit) and never the response.
/// Every problem surfaces as <see cref="ReportParseException"/> with line and column (in bytes), and the byte offset
/// at the end of its reason, e.g. "not a Jira search response: no 'issues' (byte 57)".
/// </summary>
internal sealed class JiraSearchResponseReader(Stream stream, int maxIssueBytes, ParseWarnings warnings)
{
    /// <summary>ADF descriptions and expanded fields may nest deeper than System.Text.Json's default of 64.</summary>
    public const int MaxDepth = 128;

    private const string Document = "Jira search response";

    private readonly JsonPullReader _json = new(stream, Document, warnings, MaxDepth, maxTokenLength: maxIssueBytes);
    private bool _begun;
    private bool _inIssues;
    private bool _sawIssues;
    private long _issueOffset;

    /// <summary>The 1-based number, in the response, of the issue read last.</summary>
    public int IssueNumber { get; private set; }

    /// <summary>The next issue; the caller disposes it. False at the end of a well-formed response.</summary>
    public bool TryReadNextIssue([NotNullWhen(true)] out JsonDocument? issue)
    {
        if (!_begun)
        {
            Begin();
        }

        while (true)
        {
            if (_inIssues && _json.NextItem())
            {
                issue = ReadIssue();
                return true;
            }

            _inIssues = false;
            if (!_json.NextProperty())
            {
                End();
                issue = null;
                return false;
            }

            if (_json.ValueIs("issues"u8))
            {
                EnterIssues();
            }
            else
            {
                _json.SkipValue();
            }
        }
    }

    /// <summary>An error at the start of the issue read last; valid until the next <see cref="TryReadNextIssue"/>.</summary>
    public ReportParseException ErrorAtIssue(string reason, Exception? innerException = null) =>
        _json.FailAt(_issueOffset, reason, innerException);

    private void Begin()
    {
        _begun = true;
        if (!_json.Read() || _json.TokenType != JsonTokenType.StartObject)
        {
            throw _json.Fail($"not a {Document}: the top level is {_json.Describe()}, not an object with 'issues'");
        }
    }

    private void EnterIssues()
    {
        _json.Read();
        if (_json.TokenType != JsonTokenType.StartArray)
        {
            throw _json.Fail($"not a {Document}: 'issues' is {_json.Describe()}, not an array");
        }

        _sawIssues = true;
        _inIssues = true;
    }

    private JsonDocument ReadIssue()
    {
        var number = IssueNumber + 1;
        if (_json.TokenType != JsonTokenType.StartObject)
        {
            throw _json.Fail($"issue {number} is {_json.Describe()}, not an object");
        }

        _issueOffset = _json.TokenOffset;
        var issue = _json.ReadDocument(maxIssueBytes, $"issue {number} is larger than {maxIssueBytes} bytes; refused");
        IssueNumber = number;
        return issue;
    }

    /// <summary>On the end of the top-level object: it must have held <c>issues</c>, and nothing may follow it.</summary>
    private void End()
    {
        if (_json.TokenType != JsonTokenType.EndObject)
        {
            throw _json.Fail("the response ends early");
        }

        if (!_sawIssues)
        {
            throw _json.Fail($"not a {Document}: no 'issues'");
        }

        _json.ExpectEnd();
    }
}
