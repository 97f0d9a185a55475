using static Dot.Infra.Tests.TemplateJson;

namespace Dot.Infra.Tests;

/// <summary>Audit, log retention, and the daily drift check of every stack.</summary>
[Collection(SynthesisFixture.Name)]
public sealed class OperationsRulesTests(SynthesizedStages stages)
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void TheDriftCheck_RunsDaily_OnEveryStack(string environment)
    {
        var stage = stages.Named(environment);
        var (_, machineId, _) = Assert.Single(stage.Resources("AWS::StepFunctions::StateMachine"));
        var rule = Assert.Single(stage.Resources("AWS::Events::Rule")).Resource.GetProperty("Properties");

        Assert.Equal("cron(0 6 * * ? *)", rule.GetProperty("ScheduleExpression").GetString());
        var target = Assert.Single(rule.GetProperty("Targets").EnumerateArray());
        Assert.Equal(machineId, target.GetProperty("Arn").GetProperty("Ref").GetString());
        var input = System.Text.Json.JsonDocument.Parse(target.GetProperty("Input").GetString()!).RootElement;
        Assert.Equal(stage.Stage.Stacks.Select(s => s.StackName).Order(), input.GetProperty("stacks").EnumerateArray().Select(s => s.GetString()).Order());
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void AFailedDriftCheck_RaisesAnAlarmOnTheTopic(string environment)
    {
        var alarm = Assert.Single(stages.Named(environment).Resources("AWS::CloudWatch::Alarm")).Resource.GetProperty("Properties");

        Assert.Equal("ExecutionsFailed", alarm.GetProperty("MetricName").GetString());
        Assert.StartsWith("Alarms", alarm.GetProperty("AlarmActions")[0].GetProperty("Ref").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void CloudTrail_CoversEveryRegion_WithValidatedEncryptedLogs(string environment)
    {
        var trail = Assert.Single(stages.Named(environment).Resources("AWS::CloudTrail::Trail")).Resource.GetProperty("Properties");

        Assert.True(trail.GetProperty("IsMultiRegionTrail").GetBoolean());
        Assert.True(trail.GetProperty("EnableLogFileValidation").GetBoolean());
        Assert.NotEqual(default, Property(trail, "KMSKeyId"));
    }

    [Theory]
    [InlineData("dev", 30)]
    [InlineData("prod", 365)]
    public void EveryLogGroup_HasTheEnvironmentsRetention(string environment, int days)
    {
        var groups = stages.Named(environment).Resources("AWS::Logs::LogGroup").ToList();

        Assert.Equal(4, groups.Count);
        Assert.All(groups, g => Assert.Equal(days, Property(g.Resource, "Properties", "RetentionInDays").GetInt32()));
    }

    [Fact]
    public void NoContainer_GetsASecretAsPlainEnvironment_ThePortalsComesFromSecretsManager()
    {
        var containers = stages.Dev.Resources("AWS::ECS::TaskDefinition").SelectMany(t => t.Resource.GetProperty("Properties").GetProperty("ContainerDefinitions").EnumerateArray()).ToList();

        var names = containers.SelectMany(c => c.GetProperty("Environment").EnumerateArray().Select(e => e.GetProperty("Name").GetString()!)).ToList();
        Assert.DoesNotContain(names, n => n.Contains("Secret", StringComparison.OrdinalIgnoreCase) || n.Contains("Password", StringComparison.OrdinalIgnoreCase));
        var secret = Assert.Single(containers.SelectMany(c => Property(c, "Secrets") is { ValueKind: System.Text.Json.JsonValueKind.Array } s ? s.EnumerateArray() : []));
        Assert.Equal("Portal__Oidc__ClientSecret", secret.GetProperty("Name").GetString());
        Assert.Contains("secretsmanager", secret.GetProperty("ValueFrom").GetRawText(), StringComparison.Ordinal);
    }
}
