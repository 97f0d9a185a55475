using Amazon.CDK;

namespace Dot.Infra.Tests;

/// <summary>The environment comes from the context, and a wrong one stops the synthesis with a sentence.</summary>
public sealed class DeploymentConfigTests
{
    private static DeploymentConfig From(params (string Key, string Value)[] context) =>
        DeploymentConfig.FromContext(new App(new AppProps { Context = context.ToDictionary(c => c.Key, c => (object)c.Value) }).Node);

    [Fact]
    public void Production_NeedsItsOwnAccount()
    {
        var refused = Assert.Throws<ArgumentException>(() => From(("env", "prod")));

        Assert.Contains("own AWS account", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownEnvironment_IsRefused()
    {
        Assert.Contains("'staging'", Assert.Throws<ArgumentException>(() => From(("env", "staging"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductionDiffersFromDev_WhereItShould()
    {
        var dev = From();
        var prod = From(("env", "prod"), ("account", "222222222222"), ("region", "eu-central-1"));

        Assert.Equal(("dev", null, false), (dev.Name, dev.Account, dev.RetainData));
        Assert.Equal(("prod", "222222222222", "eu-central-1", true, 3), (prod.Name, prod.Account, prod.Region, prod.RetainData, prod.SearchNodes));
    }

    [Fact]
    public void CommandLineContext_TakesTheCdkClisForm()
    {
        var context = CommandLineContext.Parse(["-c", "env=prod", "--context", "account=333333333333"]);

        Assert.Equal(new Dictionary<string, object> { ["env"] = "prod", ["account"] = "333333333333" }, context);
        Assert.Throws<ArgumentException>(() => CommandLineContext.Parse(["env=prod"]));
    }
}
