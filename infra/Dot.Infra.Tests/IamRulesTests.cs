using static Dot.Infra.Tests.TemplateJson;

namespace Dot.Infra.Tests;

/// <summary>Least privilege: no statement allows every action on every resource, and the API's data access is tenant-scoped.</summary>
[Collection(SynthesisFixture.Name)]
public sealed class IamRulesTests(SynthesizedStages stages)
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void NoStatement_AllowsEveryActionOnEveryResource(string environment)
    {
        var statements = stages.Named(environment).Json.SelectMany(stack => Statements(stack.Value).Select(s => (Stack: stack.Key, Statement: s))).ToList();

        Assert.True(statements.Count > 20, "the walk must find the stages' policies");
        Assert.All(statements, s => Assert.False(
            s.Statement.GetProperty("Effect").GetString() == "Allow"
            && Values(Property(s.Statement, "Action")).Any(a => a is "*" or "*:*")
            && Values(Property(s.Statement, "Resource")).Contains("*"),
            $"{s.Stack}: {s.Statement.GetRawText()}"));
    }

    [Fact]
    public void TheApiRole_ReachesOnlyTenantPartitionsAndTenantObjects()
    {
        var policy = Assert.Single(stages.Dev.Resources("AWS::IAM::Policy"), p => p.Id.StartsWith("ApiDataAccess", StringComparison.Ordinal));
        var statements = Statements(policy.Resource).ToDictionary(s => s.GetProperty("Sid").GetString()!);

        Assert.Equal(["TENANT#*"], Values(Property(statements["TenantPartitions"], "Condition", "ForAllValues:StringLike", "dynamodb:LeadingKeys")));
        Assert.Contains("/tenants/*", Values(Property(statements["TenantObjects"], "Resource")).Single(), StringComparison.Ordinal);
        Assert.DoesNotContain(statements.Values, s => Values(Property(s, "Action")).Contains("dynamodb:Scan"));
    }
}
