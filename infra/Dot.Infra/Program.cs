using Amazon.CDK;
using Dot.Infra;

// Run by `cdk synth` (cdk.json) or directly: `dotnet run --project infra/Dot.Infra -- -c env=prod -c account=…`.
var app = new App(new AppProps
{
    Outdir = System.Environment.GetEnvironmentVariable("CDK_OUTDIR") ?? "cdk.out",
    Context = CommandLineContext.Parse(args),
});
var stage = DotStage.Create(app, DeploymentConfig.FromContext(app.Node));
app.Synth();
Console.Error.WriteLine($"Synthesized {string.Join(", ", stage.Stacks.Select(s => s.StackName))} into {Path.GetFullPath(app.Outdir)}");
