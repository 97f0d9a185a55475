using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.StepFunctions;
using Amazon.CDK.AWS.StepFunctions.Tasks;
using Constructs;

namespace Dot.Infra.Operations;

/// <summary>
/// The daily drift check: at 06:00 UTC a state machine runs CloudFormation drift detection on every DoT stack, waits
/// for each to finish, and publishes to the alarm topic when a stack has drifted; a check that fails raises a
/// CloudWatch alarm on the same topic, so silence always means "no drift". No Lambda: the state machine calls the
/// CloudFormation API itself.
/// </summary>
public static class DriftCheck
{
    public static StateMachine Create(Construct scope, IEnumerable<string> stackNames, ITopic alarms)
    {
        var stacks = stackNames.ToArray();
        var detect = Call(scope, "DetectDrift", "detectStackDrift", new Dictionary<string, object> { ["StackName.$"] = "$.stack" }, "$.detection");
        var wait = new Wait(scope, "WaitForDetection", new WaitProps { Time = WaitTime.Duration(Duration.Minutes(1)) });
        var status = Call(scope, "DetectionStatus", "describeStackDriftDetectionStatus",
            new Dictionary<string, object> { ["StackDriftDetectionId.$"] = "$.detection.StackDriftDetectionId" }, "$.status");
        var report = new SnsPublish(scope, "ReportDrift", new SnsPublishProps
        {
            Topic = alarms,
            Subject = "DoT stack drifted",
            Message = TaskInput.FromJsonPathAt("States.Format('Stack {} has drifted from its template: {} resources differ. Review it in the CloudFormation console.', $.stack, $.status.DriftedStackResourceCount)"),
            ResultPath = JsonPath.DISCARD,
        });
        var perStack = detect.Next(wait).Next(status).Next(new Choice(scope, "Drifted?")
            .When(Condition.StringEquals("$.status.DetectionStatus", "DETECTION_IN_PROGRESS"), wait)
            .When(Condition.StringEquals("$.status.DetectionStatus", "DETECTION_FAILED"), new Fail(scope, "DetectionFailed", new FailProps { Error = "DriftDetectionFailed" }))
            .When(Condition.StringEquals("$.status.StackDriftStatus", "DRIFTED"), report)
            .Otherwise(new Succeed(scope, "InSync")));
        var everyStack = new Map(scope, "EveryStack", new MapProps { ItemsPath = "$.stacks", MaxConcurrency = 2, ItemSelector = new Dictionary<string, object> { ["stack.$"] = "$$.Map.Item.Value" } });
        everyStack.ItemProcessor(perStack);

        var machine = new StateMachine(scope, "DriftCheck", new StateMachineProps
        {
            DefinitionBody = DefinitionBody.FromChainable(everyStack),
            Timeout = Duration.Hours(1),
        });
        // Drift detection reads every resource of a stack with the caller's permissions, so the check needs read access to them all.
        machine.Role.AddManagedPolicy(ManagedPolicy.FromAwsManagedPolicyName("ReadOnlyAccess"));

        _ = new Rule(scope, "Daily", new RuleProps
        {
            Schedule = Schedule.Cron(new CronOptions { Minute = "0", Hour = "6" }),
            Targets = [new SfnStateMachine(machine, new SfnStateMachineProps { Input = RuleTargetInput.FromObject(new Dictionary<string, object> { ["stacks"] = stacks }) })],
        });
        new Alarm(scope, "DriftCheckFailed", new AlarmProps
        {
            Metric = machine.MetricFailed(new MetricOptions { Period = Duration.Hours(1) }),
            Threshold = 1,
            EvaluationPeriods = 1,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
            AlarmDescription = "The daily drift check of the DoT stacks failed: drift is unknown until it runs again.",
        }).AddAlarmAction(new SnsAction(alarms));
        return machine;
    }

    private static CallAwsService Call(Construct scope, string id, string action, Dictionary<string, object> parameters, string resultPath) =>
        new(scope, id, new CallAwsServiceProps
        {
            Service = "cloudformation",
            Action = action,
            Parameters = parameters,
            IamResources = [$"arn:{Aws.PARTITION}:cloudformation:{Aws.REGION}:{Aws.ACCOUNT_ID}:stack/*"],
            IamAction = $"cloudformation:{char.ToUpperInvariant(action[0])}{action[1..]}",
            ResultPath = resultPath,
        });
}
