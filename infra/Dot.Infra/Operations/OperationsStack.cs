using Amazon.CDK;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;
using Dot.Infra.Data;

namespace Dot.Infra.Operations;

/// <summary>What keeps the deployment honest: the audit trail, the alarm topic, and the daily drift check of every stack.</summary>
public sealed class OperationsStack : Stack
{
    public OperationsStack(Construct scope, string id, DeploymentConfig config, IReadOnlyList<Stack> checkedStacks)
        : base(scope, id)
    {
        AuditTrail.Create(this, config);
        var alarmKey = ManagedKey.Create(this, "AlarmKey", "DoT alarm topic", retain: false);
        Alarms = new Topic(this, "Alarms", new TopicProps { DisplayName = $"DoT {config.Name} alarms", MasterKey = alarmKey, EnforceSSL = true });
        DriftCheck = Operations.DriftCheck.Create(this, checkedStacks.Select(s => s.StackName).Append(StackName), Alarms);
    }

    public Topic Alarms { get; }

    public StateMachine DriftCheck { get; }
}
