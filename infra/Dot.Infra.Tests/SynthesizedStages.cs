using System.Text.Json;
using Amazon.CDK;
using Amazon.CDK.Assertions;

namespace Dot.Infra.Tests;

/// <summary>
/// Both environments synthesized once for every test (the CDK runs its JavaScript core in a Node.js process, a few
/// seconds a stage): each stack's template through CDK's assertions API, and as JSON for the rules that walk it.
/// </summary>
public sealed class SynthesizedStages
{
    public const string ProductionAccount = "111111111111";

    public SynthesizedStages()
    {
        Dev = new SynthesizedStage(Synthesize(new Dictionary<string, object> { ["env"] = "dev" }));
        Prod = new SynthesizedStage(Synthesize(new Dictionary<string, object> { ["env"] = "prod", ["account"] = ProductionAccount, ["region"] = "eu-central-1" }));
    }

    public SynthesizedStage Dev { get; }

    public SynthesizedStage Prod { get; }

    public SynthesizedStage Named(string environment) => environment == "prod" ? Prod : Dev;

    private static DotStage Synthesize(Dictionary<string, object> context)
    {
        var app = new App(new AppProps { Context = context, Outdir = Path.Combine(Path.GetTempPath(), "dot-infra-tests", Guid.NewGuid().ToString("N")) });
        return DotStage.Create(app, DeploymentConfig.FromContext(app.Node));
    }
}

/// <summary>One environment's stacks, their templates and their JSON.</summary>
public sealed class SynthesizedStage
{
    public SynthesizedStage(DotStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        Stage = stage;
        Templates = stage.Stacks.ToDictionary(s => s.Node.Id, s => Template.FromStack(s));
        Json = Templates.ToDictionary(t => t.Key, t => JsonSerializer.SerializeToElement(t.Value.ToJSON()));
    }

    public DotStage Stage { get; }

    /// <summary>Templates by stack id: Network, Data, Compute, Protection, Operations.</summary>
    public IReadOnlyDictionary<string, Template> Templates { get; }

    public IReadOnlyDictionary<string, JsonElement> Json { get; }

    /// <summary>Every resource of a type in every stack, with its stack id and logical id.</summary>
    public IEnumerable<(string Stack, string Id, JsonElement Resource)> Resources(string type) =>
        from stack in Json
        from resource in stack.Value.GetProperty("Resources").EnumerateObject()
        where resource.Value.GetProperty("Type").GetString() == type
        select (stack.Key, resource.Name, resource.Value);
}

[CollectionDefinition(Name)]
public sealed class SynthesisFixture : ICollectionFixture<SynthesizedStages>
{
    public const string Name = "synthesized stages";
}
