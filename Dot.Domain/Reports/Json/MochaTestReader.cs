using System.Text.Json;
using Dot.Domain.Results;

namespace Dot.Domain.Reports.Json;

/// <summary>
/// Reads one entry of a Mocha JSON report into a <see cref="MochaTest"/>, and makes it a <see cref="ParsedTestCase"/>.
/// Names follow Mocha's own xunit reporter: the name is the test's title, the class name (and suite) the titles of
/// its suites, which is its full title without its own title. One instance per parse.
/// </summary>
internal sealed class MochaTestReader(JsonPullReader json, ReportLimits limits, ParseWarnings warnings)
{
    private readonly TestNamer _namer = new("test", limits, warnings);

    public MochaTest Test { get; } = new();

    /// <summary>Reads the object the reader is on into <see cref="Test"/>, leaving the reader on its end.</summary>
    public MochaTest Read()
    {
        Test.Reset();
        while (json.NextProperty())
        {
            if (json.ValueIs("title"u8)) Test.Title = json.ReadString("test title");
            else if (json.ValueIs("fullTitle"u8)) Test.FullTitle = json.ReadString("test fullTitle");
            else if (json.ValueIs("file"u8)) Test.File = json.ReadString("test file");
            else if (json.ValueIs("duration"u8)) Test.Duration = json.ReadNumber("test duration");
            else if (json.ValueIs("err"u8)) ReadError();
            else if (json.ValueIs("pending"u8)) Test.Pending = json.ReadBoolean("test pending");
            else if (json.ValueIs("currentRetry"u8)) Test.CurrentRetry = json.ReadNumber("test currentRetry");
            else json.SkipValue();
        }

        return Test;
    }

    public ParsedTestCase ToTestCase(TestStatus status, DateTimeOffset? timestamp)
    {
        var (suite, title) = Split(Test.FullTitle, Test.Title);
        var name = _namer.TryName(title) ?? _namer.Placeholder(json.CurrentLine());
        var subject = WarningSubject.Test(name);
        suite = TextTruncation.Clean(suite, limits.MaxNameLength, warnings, "suite", subject);
        var failed = status is TestStatus.Failed or TestStatus.Errored;
        return new ParsedTestCase(
            suite,
            suite,
            name,
            status,
            Test.Duration is { } milliseconds ? DurationParser.FromNumber(milliseconds, 1e-3, warnings, subject) : TimeSpan.Zero,
            failed ? TextTruncation.Clean(Test.ErrorMessage ?? TextTruncation.FirstLine(Test.ErrorStack), limits.MaxMessageLength, warnings, "message", subject) : null,
            failed ? TextTruncation.Clean(Test.ErrorName, limits.MaxNameLength, warnings, "failure type", subject) : null,
            failed ? TextTruncation.Clean(Test.ErrorStack, limits.MaxFailureDetailLength, warnings, "failure detail", subject) : null,
            timestamp,
            TextTruncation.Clean(Test.File, limits.MaxNameLength, warnings, "file", subject),
            null,
            null,
            status == TestStatus.Passed && Test.CurrentRetry > 0);
    }

    /// <summary>"Context nested should work" with title "should work" is suite "Context nested", name "should work".</summary>
    private static (string? Suite, string? Name) Split(string? fullTitle, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return (null, fullTitle);
        }

        if (fullTitle is null || fullTitle == title)
        {
            return (null, title);
        }

        var parent = fullTitle.Length - title.Length - 1;
        return parent > 0 && fullTitle[parent] == ' ' && fullTitle.EndsWith(title, StringComparison.Ordinal)
            ? (fullTitle[..parent], title)
            : (null, fullTitle);
    }

    private void ReadError()
    {
        if (!json.ReadObjectStart("test err"))
        {
            return;
        }

        while (json.NextProperty())
        {
            if (json.ValueIs("message"u8)) Test.ErrorMessage = json.ReadString("err message");
            else if (json.ValueIs("stack"u8)) Test.ErrorStack = json.ReadString("err stack");
            else if (json.ValueIs("name"u8)) Test.ErrorName = ReadErrorName();
            else json.SkipValue();
        }
    }

    /// <summary>An error's name is a string; some libraries put other things there, which are not worth a warning.</summary>
    private string? ReadErrorName()
    {
        json.Read();
        if (json.TokenType == JsonTokenType.String)
        {
            return json.GetString();
        }

        json.Skip();
        return null;
    }
}
