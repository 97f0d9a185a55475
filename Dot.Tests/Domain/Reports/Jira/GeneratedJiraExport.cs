using System.Text;
using Dot.Domain.IO;

namespace Dot.Tests.Domain.Reports.Jira;

/// <summary>
/// A Jira search response made up while it is read: a head, <c>count</c> issues from <c>issue(n)</c> (1-based), a
/// tail. Only the issue being read is ever in memory, so a test can stream a huge export without holding it.
/// Optionally hands out at most <c>maxChunk</c> bytes per read, so that tokens are split across the parser's reads.
/// </summary>
internal sealed class GeneratedJiraExport(int count, Func<int, string> issue, int maxChunk = int.MaxValue) : ReadOnlyStream
{
    private const string Tail = """], "nextPageToken": null, "isLast": true}""";

    private byte[] _pending = Encoding.UTF8.GetBytes($$"""{"expand": "names", "startAt": 0, "maxResults": {{count}}, "total": {{count}}, "issues": [""");
    private int _pendingOffset;
    private int _next = 1;
    private bool _tailWritten;

    public long BytesRead { get; private set; }

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>A plain issue, distinct per number, with a summary of the given length.</summary>
    public static string Issue(int number, int summaryLength = 40) =>
        $$$"""
        {"expand": "operations", "id": "{{{10000 + number}}}", "key": "GEN-{{{number}}}", "fields": {
          "issuetype": {"name": "{{{(number % 3 == 0 ? "Bug" : "Story")}}}", "subtask": false},
          "project": {"key": "GEN"}, "summary": "{{{Summary(number, summaryLength)}}}",
          "status": {"name": "Open", "statusCategory": {"key": "new"}}, "labels": ["l{{{number % 7}}}"],
          "created": "2024-01-05T10:11:12.000+0100", "customfield_10016": {{{number % 5}}},
          "assignee": {"accountId": "acc-{{{number}}}", "emailAddress": "user{{{number}}}@example.com", "displayName": "User {{{number}}}"}
        } }
        """;

    /// <summary>A summary with escapes and multi-byte characters, so that they too fall across read boundaries.</summary>
    public static string Summary(int number, int length)
    {
        var text = new StringBuilder($"Issue {number} é ✓ 😀 \\\" ");
        while (text.Length < length)
        {
            text.Append("ab\\u00e9");
        }

        return text.ToString();
    }

    /// <summary>What <see cref="Summary"/> reads as once JSON escapes are undone.</summary>
    public static string UnescapedSummary(int number, int length) =>
        Summary(number, length).Replace("\\u00e9", "é", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal);

    public override int Read(Span<byte> buffer)
    {
        if (_pendingOffset == _pending.Length && !Advance())
        {
            return 0;
        }

        var length = Math.Min(Math.Min(buffer.Length, maxChunk), _pending.Length - _pendingOffset);
        _pending.AsSpan(_pendingOffset, length).CopyTo(buffer);
        _pendingOffset += length;
        BytesRead += length;
        return length;
    }

    private bool Advance()
    {
        string next;
        if (_next <= count)
        {
            next = (_next > 1 ? ",\n" : "\n") + issue(_next);
            _next++;
        }
        else if (!_tailWritten)
        {
            next = "\n" + Tail;
            _tailWritten = true;
        }
        else
        {
            return false;
        }

        _pending = Encoding.UTF8.GetBytes(next);
        _pendingOffset = 0;
        return true;
    }
}
