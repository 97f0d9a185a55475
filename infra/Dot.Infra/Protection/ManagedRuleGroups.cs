using Amazon.CDK.AWS.WAFv2;

namespace Dot.Infra.Protection;

/// <summary>A rule that applies one of AWS's managed rule groups, optionally with some of its rules only counting.</summary>
public static class ManagedRuleGroups
{
    public static CfnWebACL.RuleProperty Rule(string name, int priority, params string[] countOnly) => new()
    {
        Name = name,
        Priority = priority,
        OverrideAction = new CfnWebACL.OverrideActionProperty { None = new Dictionary<string, object>() },
        Statement = new CfnWebACL.StatementProperty
        {
            ManagedRuleGroupStatement = new CfnWebACL.ManagedRuleGroupStatementProperty
            {
                VendorName = "AWS",
                Name = name,
                RuleActionOverrides = countOnly.Length == 0 ? null : countOnly.Select(rule => (object)new CfnWebACL.RuleActionOverrideProperty
                {
                    Name = rule,
                    ActionToUse = new CfnWebACL.RuleActionProperty { Count = new CfnWebACL.CountActionProperty() },
                }).ToArray(),
            },
        },
        VisibilityConfig = ProtectionStack.Visibility(name),
    };
}
