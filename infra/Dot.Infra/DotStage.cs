using Amazon.CDK;
using Constructs;
using Dot.Infra.Compute;
using Dot.Infra.Data;
using Dot.Infra.Network;
using Dot.Infra.Operations;
using Dot.Infra.Protection;

namespace Dot.Infra;

/// <summary>One environment of DoT (dev, prod): a stack per concern, deployed to the environment's account and region.</summary>
public sealed class DotStage : Stage
{
    private DotStage(Construct scope, DeploymentConfig config)
        : base(scope, $"Dot-{config.Name}", new StageProps { Env = new Amazon.CDK.Environment { Account = config.Account, Region = config.Region } })
    {
        Network = new NetworkStack(this, "Network", config);
        Data = new DataStack(this, "Data", config, Network);
        Compute = new ComputeStack(this, "Compute", config, Network, Data);
        Protection = new ProtectionStack(this, "Protection", config, Compute);
        Operations = new OperationsStack(this, "Operations", config, [Network, Data, Compute, Protection]);
    }

    public NetworkStack Network { get; }

    public DataStack Data { get; }

    public ComputeStack Compute { get; }

    public ProtectionStack Protection { get; }

    public OperationsStack Operations { get; }

    public IReadOnlyList<Stack> Stacks => [Network, Data, Compute, Protection, Operations];

    public static DotStage Create(Construct scope, DeploymentConfig config) => new(scope, config);
}
