using static Dot.Infra.Tests.TemplateJson;

namespace Dot.Infra.Tests;

/// <summary>What the internet can reach: the load balancer on 443 (and 80, only to be redirected), behind the WAF; nothing else.</summary>
[Collection(SynthesisFixture.Name)]
public sealed class EdgeRulesTests(SynthesizedStages stages)
{
    private static readonly string[] Anywhere = ["0.0.0.0/0", "::/0"];

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void OnlyTheLoadBalancer_IsOpenToTheInternet_OnHttpsAndTheRedirect(string environment)
    {
        var stage = stages.Named(environment);
        var inline = stage.Resources("AWS::EC2::SecurityGroup").SelectMany(g =>
            Property(g.Resource, "Properties", "SecurityGroupIngress") is { ValueKind: System.Text.Json.JsonValueKind.Array } rules
                ? rules.EnumerateArray().Select(r => (Group: g.Id, Rule: r))
                : []);
        var separate = stage.Resources("AWS::EC2::SecurityGroupIngress").Select(r => (Group: Property(r.Resource, "Properties", "GroupId").GetRawText(), Rule: r.Resource.GetProperty("Properties")));

        var open = inline.Concat(separate)
            .Where(r => Anywhere.Contains(Property(r.Rule, "CidrIp").ValueKind == System.Text.Json.JsonValueKind.String ? Property(r.Rule, "CidrIp").GetString() : Property(r.Rule, "CidrIpv6").ToString()))
            .ToList();

        Assert.NotEmpty(open);
        Assert.All(open, r =>
        {
            Assert.StartsWith("LoadBalancerAccess", r.Group, StringComparison.Ordinal);
            Assert.Contains(r.Rule.GetProperty("FromPort").GetInt32(), (int[])[443, 80]);
            Assert.Equal(r.Rule.GetProperty("FromPort").GetInt32(), r.Rule.GetProperty("ToPort").GetInt32());
        });
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void TheLoadBalancer_ServesHttpsOnly_AndRedirectsHttp(string environment)
    {
        var listeners = stages.Named(environment).Resources("AWS::ElasticLoadBalancingV2::Listener").Select(l => l.Resource.GetProperty("Properties")).ToList();

        var https = Assert.Single(listeners, l => l.GetProperty("Port").GetInt32() == 443);
        Assert.Equal("HTTPS", https.GetProperty("Protocol").GetString());
        Assert.StartsWith("ELBSecurityPolicy-TLS13", https.GetProperty("SslPolicy").GetString(), StringComparison.Ordinal);
        var http = Assert.Single(listeners, l => l.GetProperty("Port").GetInt32() == 80);
        var action = Assert.Single(http.GetProperty("DefaultActions").EnumerateArray());
        Assert.Equal("redirect", action.GetProperty("Type").GetString());
        Assert.Equal(("HTTPS", "443"), (Property(action, "RedirectConfig", "Protocol").GetString(), Property(action, "RedirectConfig", "Port").GetString()));
        Assert.Equal(2, listeners.Count);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void NoTask_GetsAPublicAddress(string environment)
    {
        var services = stages.Named(environment).Resources("AWS::ECS::Service").ToList();

        Assert.Equal(2, services.Count);
        Assert.All(services, s => Assert.Equal("DISABLED", Property(s.Resource, "Properties", "NetworkConfiguration", "AwsvpcConfiguration", "AssignPublicIp").GetString()));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void TheWebAcl_UsesManagedRulesAndARateLimit_AndGuardsTheLoadBalancer(string environment)
    {
        var stage = stages.Named(environment);
        var (_, aclId, acl) = Assert.Single(stage.Resources("AWS::WAFv2::WebACL"));
        var rules = acl.GetProperty("Properties").GetProperty("Rules").EnumerateArray().ToList();

        var managed = rules.Select(r => Property(r, "Statement", "ManagedRuleGroupStatement", "Name")).Where(n => n.ValueKind != default).Select(n => n.GetString());
        Assert.Equal(["AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesAmazonIpReputationList"], managed);
        Assert.Contains(rules, r => Property(r, "Statement", "RateBasedStatement", "Limit").ValueKind == System.Text.Json.JsonValueKind.Number);
        var association = Assert.Single(stage.Resources("AWS::WAFv2::WebACLAssociation")).Resource.GetProperty("Properties");
        Assert.Equal(aclId, association.GetProperty("WebACLArn").GetProperty("Fn::GetAtt")[0].GetString());
        Assert.Contains("LoadBalancer", association.GetProperty("ResourceArn").GetRawText(), StringComparison.Ordinal);
    }
}
