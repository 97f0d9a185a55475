using System.Text.Json;

namespace Dot.Domain.Reports.Json;

/// <summary>
/// Reads the <c>steps</c>, <c>before</c> and <c>after</c> arrays of a Cucumber element into a <see cref="CucumberOutcome"/>.
/// A step's properties come in any order (cucumber-jvm writes them from a hash map), so each step is read whole
/// before it counts. Hooks are cucumber-jvm's and cucumber-ruby's <c>before</c>/<c>after</c> arrays (on the element,
/// and on a step for step hooks), and cucumber-js's steps marked <c>hidden</c>.
/// </summary>
internal sealed class CucumberStepReader(JsonPullReader json)
{
    /// <summary>Reads the array value of the current property; its items are hooks when <paramref name="hooks"/> is true.</summary>
    public void ReadSteps(CucumberOutcome outcome, bool hooks)
    {
        if (!json.ReadArrayStart(hooks ? "hooks" : "steps"))
        {
            return;
        }

        while (json.NextItem())
        {
            if (json.TokenType == JsonTokenType.StartObject)
            {
                ReadStep(outcome, hooks);
            }
            else
            {
                json.Warn($"a step is {json.Describe()}, not an object; ignored");
                json.Skip();
            }
        }
    }

    private void ReadStep(CucumberOutcome outcome, bool isHook)
    {
        string? keyword = null, name = null;
        var result = new CucumberStepResult(CucumberStepStatus.Missing, null, null);
        while (json.NextProperty())
        {
            if (json.ValueIs("result"u8)) result = ReadResult(outcome);
            else if (json.ValueIs("keyword"u8)) keyword = json.ReadString("step keyword");
            else if (json.ValueIs("name"u8)) name = json.ReadString("step name");
            else if (json.ValueIs("hidden"u8)) isHook |= json.ReadBoolean("step hidden");
            else if (json.ValueIs("before"u8) || json.ValueIs("after"u8)) ReadSteps(outcome, hooks: true);
            else json.SkipValue();
        }

        outcome.Add(result, isHook, keyword, name);
    }

    private CucumberStepResult ReadResult(CucumberOutcome outcome)
    {
        var result = new CucumberStepResult(CucumberStepStatus.Missing, null, null);
        if (!json.ReadObjectStart("step result"))
        {
            return result;
        }

        while (json.NextProperty())
        {
            if (json.ValueIs("status"u8)) result = ReadStatus(result);
            else if (json.ValueIs("duration"u8)) ReadDuration(outcome);
            else if (json.ValueIs("error_message"u8)) result = result with { Error = json.ReadString("step error_message") };
            else json.SkipValue();
        }

        return result;
    }

    private CucumberStepResult ReadStatus(CucumberStepResult result)
    {
        json.Read();
        var status = json.TokenType != JsonTokenType.String ? CucumberStepStatus.Unknown
            : json.ValueIs("passed"u8) ? CucumberStepStatus.Passed
            : json.ValueIs("failed"u8) ? CucumberStepStatus.Failed
            : json.ValueIs("skipped"u8) ? CucumberStepStatus.Skipped
            : json.ValueIs("pending"u8) ? CucumberStepStatus.Pending
            : json.ValueIs("undefined"u8) ? CucumberStepStatus.Undefined
            : json.ValueIs("ambiguous"u8) ? CucumberStepStatus.Ambiguous
            : json.ValueIs("unused"u8) ? CucumberStepStatus.Unused
            : CucumberStepStatus.Unknown;
        if (status != CucumberStepStatus.Unknown)
        {
            return result with { Status = status };
        }

        var written = json.TokenType == JsonTokenType.String ? TextTruncation.Preview(json.GetString()!) : json.Describe();
        json.Warn($"step status '{written}' is not one Cucumber writes; counted as errored");
        json.Skip();
        return result with { Status = status, UnknownStatus = written };
    }

    private void ReadDuration(CucumberOutcome outcome)
    {
        if (json.ReadNumber("step duration") is not { } nanoseconds)
        {
            return;
        }

        if (nanoseconds < 0)
        {
            json.Warn("step duration is negative; ignored");
            return;
        }

        outcome.AddDuration(nanoseconds);
    }
}
