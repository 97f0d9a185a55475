using System.Text.Json;
using Dot.Domain.Results;

namespace Dot.Domain.Reports.Json;

/// <summary>
/// Walks a Mocha JSON report, an object with <c>stats</c>, <c>tests</c>, <c>pending</c>, <c>failures</c> and
/// <c>passes</c>, and hands out the executions of <c>tests</c>:
/// <list type="bullet">
/// <item>a non-empty <c>err</c> (a message or a stack) is failed, whatever else the test says;</item>
/// <item>otherwise <c>pending: true</c>, or a full title listed in <c>pending</c>, is skipped;</item>
/// <item>otherwise passed (flaky when it passed on a retry).</item>
/// </list>
/// Of the other arrays only the full titles of <c>pending</c> are kept, and the failed hooks of <c>failures</c>;
/// <c>passes</c> is skipped. Mocha writes <c>pending</c> after <c>tests</c>: on a seekable stream, <c>tests</c> is
/// skipped, the rest read, and <c>tests</c> read again, so memory stays flat. On a stream that cannot seek, the
/// test cases are held, in order, until <c>pending</c> has been read. The timestamp is <c>stats.start</c>.
/// </summary>
internal sealed class MochaDocumentReader(Stream stream, ReportLimits limits, ParseWarnings warnings)
{
    private const string FormatName = "Mocha JSON";

    private readonly JsonPullReader _json = new(stream, $"{FormatName} report", warnings);
    private readonly List<ParsedTestCase> _hookFailures = [];
    private readonly List<(ParsedTestCase TestCase, string? UndecidedTitle)> _waiting = [];
    private MochaTestReader? _tests;
    private HashSet<string>? _pending;
    private DateTimeOffset? _start;

    public IEnumerable<ParsedTestCase> Read()
    {
        _tests = new MochaTestReader(_json, limits, warnings);
        if (!_json.Read() || _json.TokenType != JsonTokenType.StartObject)
        {
            throw _json.Fail($"not a {FormatName} report: the root is {_json.Describe()}, not an object with stats and tests");
        }

        JsonMark? testsMark = null;
        var seenTests = false;
        while (_json.NextProperty())
        {
            if (_json.ValueIs("tests"u8))
            {
                seenTests = true;
                ExpectArray("tests");
                if (_pending is null && _json.CanRewind)
                {
                    testsMark = _json.Mark();
                    _json.Skip();
                    continue;
                }

                foreach (var testCase in ReadTests(_tests))
                {
                    yield return testCase;
                }
            }
            else if (_json.ValueIs("pending"u8))
            {
                ReadPending();
                foreach (var testCase in ReleaseWaiting())
                {
                    yield return testCase;
                }
            }
            else if (_json.ValueIs("failures"u8)) ReadHookFailures(_tests);
            else if (_json.ValueIs("stats"u8)) ReadStats();
            else _json.SkipValue();
        }

        if (!seenTests)
        {
            throw _json.Fail($"not a {FormatName} report: it has no tests array");
        }

        if (testsMark is { } mark)
        {
            _pending ??= [];
            var end = _json.Mark();
            _json.Rewind(mark);
            foreach (var testCase in ReadTests(_tests))
            {
                yield return testCase;
            }

            _json.Rewind(end);
        }

        foreach (var testCase in ReleaseWaiting())
        {
            yield return testCase;
        }

        foreach (var testCase in _hookFailures)
        {
            yield return testCase;
        }

        _json.ExpectEnd();
    }

    private IEnumerable<ParsedTestCase> ReadTests(MochaTestReader reader)
    {
        while (NextObject("a test"))
        {
            var test = reader.Read();
            var decided = test.Failed || test.Pending;
            var status = test.Failed ? TestStatus.Failed
                : test.Pending || (test.FullTitle is not null && _pending?.Contains(test.FullTitle) == true) ? TestStatus.Skipped
                : TestStatus.Passed;
            if (_pending is null)
            {
                // Held in order, with the full title to look up once pending is known when the status waits on it.
                _waiting.Add((reader.ToTestCase(status, _start), decided ? null : test.FullTitle));
                continue;
            }

            yield return reader.ToTestCase(status, _start);
        }
    }

    /// <summary>The tests held until <c>pending</c> was read (only on a stream that cannot seek).</summary>
    private IEnumerable<ParsedTestCase> ReleaseWaiting()
    {
        foreach (var (testCase, undecidedTitle) in _waiting)
        {
            yield return undecidedTitle is not null && _pending is not null && _pending.Contains(undecidedTitle)
                ? testCase with { Status = TestStatus.Skipped, Flaky = false }
                : testCase;
        }

        _waiting.Clear();
    }

    private void ReadPending()
    {
        _pending ??= new HashSet<string>(StringComparer.Ordinal);
        if (!_json.ReadArrayStart("pending"))
        {
            return;
        }

        while (NextObject("a pending test"))
        {
            while (_json.NextProperty())
            {
                if (_json.ValueIs("fullTitle"u8) && _json.ReadString("pending fullTitle") is { } fullTitle)
                {
                    _pending.Add(fullTitle);
                }
                else
                {
                    _json.SkipValue();
                }
            }
        }
    }

    private void ReadHookFailures(MochaTestReader reader)
    {
        if (!_json.ReadArrayStart("failures"))
        {
            return;
        }

        while (NextObject("a failure"))
        {
            if (reader.Read().IsHook)
            {
                _hookFailures.Add(reader.ToTestCase(TestStatus.Errored, _start));
            }
        }
    }

    private void ReadStats()
    {
        if (!_json.ReadObjectStart("stats"))
        {
            return;
        }

        while (_json.NextProperty())
        {
            if (_json.ValueIs("start"u8))
            {
                _start = TimestampParser.Parse(_json.ReadString("stats start"), warnings, WarningSubject.Suite("stats"));
            }
            else
            {
                _json.SkipValue();
            }
        }
    }

    /// <summary>Reads the next item of the array being read; true when it is an object (others are skipped with a warning).</summary>
    private bool NextObject(string what)
    {
        while (_json.NextItem())
        {
            if (_json.TokenType == JsonTokenType.StartObject)
            {
                return true;
            }

            _json.Warn($"{what} is {_json.Describe()}, not an object; ignored");
            _json.Skip();
        }

        return false;
    }

    private void ExpectArray(string property)
    {
        _json.Read();
        if (_json.TokenType != JsonTokenType.StartArray)
        {
            throw _json.Fail($"not a {FormatName} report: {property} is {_json.Describe()}, not an array");
        }
    }
}
