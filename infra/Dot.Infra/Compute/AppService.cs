using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.ElasticLoadBalancingV2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Logs;
using Constructs;

namespace Dot.Infra.Compute;

/// <summary>What differs between DoT's two containers.</summary>
public sealed record AppServiceSpec(
    string Name, string Repository, int Tasks, int Cpu, int MemoryMiB, string HealthPath,
    IDictionary<string, string> Environment, IDictionary<string, Amazon.CDK.AWS.ECS.Secret> Secrets, IRole? TaskRole, ISecurityGroup? SecurityGroup);

/// <summary>
/// One of DoT's containers on Fargate: the image by tag or digest from its repository, private subnets with no public
/// IP, logs kept for the environment's retention, rolled back when a deployment does not get healthy, and registered
/// behind the load balancer.
/// </summary>
public static class AppService
{
    private const int ContainerPort = 8080;

    public static ApplicationTargetGroup Create(Construct scope, DeploymentConfig config, Cluster cluster, AppServiceSpec spec)
    {
        var task = new FargateTaskDefinition(scope, $"{spec.Name}Task", new FargateTaskDefinitionProps
        {
            Cpu = spec.Cpu,
            MemoryLimitMiB = spec.MemoryMiB,
            TaskRole = spec.TaskRole,
            RuntimePlatform = new RuntimePlatform { CpuArchitecture = CpuArchitecture.X86_64, OperatingSystemFamily = OperatingSystemFamily.LINUX },
        });
        var logs = new LogGroup(scope, $"{spec.Name}Logs", new LogGroupProps { Retention = config.LogRetention, RemovalPolicy = RemovalPolicy.DESTROY });
        task.AddContainer(spec.Name, new ContainerDefinitionOptions
        {
            Image = ContainerImage.FromEcrRepository(Repository.FromRepositoryName(scope, $"{spec.Name}Repository", spec.Repository), config.ImageTag),
            PortMappings = [new PortMapping { ContainerPort = ContainerPort }],
            Environment = new Dictionary<string, string>(spec.Environment)
            {
                ["ASPNETCORE_HTTP_PORTS"] = ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            },
            Secrets = spec.Secrets,
            Logging = LogDriver.AwsLogs(new AwsLogDriverProps { LogGroup = logs, StreamPrefix = spec.Name }),
        });
        var service = new FargateService(scope, $"{spec.Name}Service", new FargateServiceProps
        {
            Cluster = cluster,
            TaskDefinition = task,
            DesiredCount = spec.Tasks,
            AssignPublicIp = false,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS },
            SecurityGroups = spec.SecurityGroup is null ? null : [spec.SecurityGroup],
            CircuitBreaker = new DeploymentCircuitBreaker { Rollback = true },
            MinHealthyPercent = 100,
        });
        return new ApplicationTargetGroup(scope, $"{spec.Name}Targets", new ApplicationTargetGroupProps
        {
            Vpc = cluster.Vpc,
            Port = ContainerPort,
            Protocol = ApplicationProtocol.HTTP,
            Targets = [service],
            HealthCheck = new Amazon.CDK.AWS.ElasticLoadBalancingV2.HealthCheck { Path = spec.HealthPath, HealthyHttpCodes = "200" },
            DeregistrationDelay = Duration.Seconds(30),
        });
    }
}
