using Amazon.CDK;
using Amazon.CDK.AWS.WAFv2;
using Constructs;
using Dot.Infra.Compute;

namespace Dot.Infra.Protection;

/// <summary>
/// A WAFv2 web ACL in front of the load balancer: AWS's managed rule groups (common exploits, known bad inputs, IP
/// reputation) and a rate-based rule per client address. The common group's body-size rule only counts: a CI job's
/// report is far larger than its 8 KB, and Dot.Api enforces its own upload limits.
/// </summary>
public sealed class ProtectionStack : Stack
{
    public ProtectionStack(Construct scope, string id, DeploymentConfig config, ComputeStack compute)
        : base(scope, id)
    {
        WebAcl = new CfnWebACL(this, "WebAcl", new CfnWebACLProps
        {
            Scope = "REGIONAL",
            DefaultAction = new CfnWebACL.DefaultActionProperty { Allow = new CfnWebACL.AllowActionProperty() },
            VisibilityConfig = Visibility("dot-web-acl"),
            Rules = new object[]
            {
                ManagedRuleGroups.Rule("AWSManagedRulesCommonRuleSet", priority: 1, countOnly: ["SizeRestrictions_BODY"]),
                ManagedRuleGroups.Rule("AWSManagedRulesKnownBadInputsRuleSet", priority: 2),
                ManagedRuleGroups.Rule("AWSManagedRulesAmazonIpReputationList", priority: 3),
                new CfnWebACL.RuleProperty
                {
                    Name = "RequestsPerClientAddress",
                    Priority = 10,
                    Action = new CfnWebACL.RuleActionProperty { Block = new CfnWebACL.BlockActionProperty() },
                    Statement = new CfnWebACL.StatementProperty
                    {
                        RateBasedStatement = new CfnWebACL.RateBasedStatementProperty { Limit = config.RequestsPerFiveMinutes, AggregateKeyType = "IP" },
                    },
                    VisibilityConfig = Visibility("requests-per-client-address"),
                },
            },
        });
        _ = new CfnWebACLAssociation(this, "LoadBalancerProtection", new CfnWebACLAssociationProps
        {
            ResourceArn = compute.LoadBalancer.LoadBalancerArn,
            WebAclArn = WebAcl.AttrArn,
        });
    }

    public CfnWebACL WebAcl { get; }

    internal static CfnWebACL.VisibilityConfigProperty Visibility(string metric) =>
        new() { CloudWatchMetricsEnabled = true, MetricName = metric, SampledRequestsEnabled = true };
}
