using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.Logs;
using Constructs;

namespace Dot.Infra.Network;

/// <summary>
/// The VPC: public subnets for the load balancer only, private subnets (egress through NAT) for the tasks and the
/// search domain, gateway endpoints so DynamoDB and S3 traffic stays inside AWS, and flow logs. It also owns the
/// security groups at the edges, the load balancer's and the API tasks' (which the search domain admits), so that the
/// rules between them live in one stack.
/// </summary>
public sealed class NetworkStack : Stack
{
    public NetworkStack(Construct scope, string id, DeploymentConfig config)
        : base(scope, id)
    {
        Vpc = new Vpc(this, "Vpc", new VpcProps
        {
            IpAddresses = IpAddresses.Cidr("10.40.0.0/16"),
            AvailabilityZones = Enumerable.Range(0, config.ZoneCount).Select(i => $"{config.Region}{(char)('a' + i)}").ToArray(),
            NatGateways = config.RetainData ? config.ZoneCount : 1,
            SubnetConfiguration =
            [
                new SubnetConfiguration { Name = "public", SubnetType = SubnetType.PUBLIC, CidrMask = 24, MapPublicIpOnLaunch = false },
                new SubnetConfiguration { Name = "private", SubnetType = SubnetType.PRIVATE_WITH_EGRESS, CidrMask = 20 },
            ],
            GatewayEndpoints = new Dictionary<string, IGatewayVpcEndpointOptions>
            {
                ["S3"] = new GatewayVpcEndpointOptions { Service = GatewayVpcEndpointAwsService.S3 },
                ["DynamoDb"] = new GatewayVpcEndpointOptions { Service = GatewayVpcEndpointAwsService.DYNAMODB },
            },
            RestrictDefaultSecurityGroup = false,
        });
        Vpc.AddFlowLog("FlowLog", new FlowLogOptions
        {
            Destination = FlowLogDestination.ToCloudWatchLogs(new LogGroup(this, "FlowLogs", new LogGroupProps
            {
                Retention = config.LogRetention,
                RemovalPolicy = RemovalPolicy.DESTROY,
            })),
        });
        LoadBalancerAccess = new SecurityGroup(this, "LoadBalancerAccess", new SecurityGroupProps
        {
            Vpc = Vpc,
            Description = "DoT load balancer: HTTPS from anywhere, HTTP only to be redirected",
            AllowAllOutbound = true,
        });
        LoadBalancerAccess.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(443), "HTTPS");
        LoadBalancerAccess.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(80), "HTTP, answered with a redirect to HTTPS");
        ApiTasks = new SecurityGroup(this, "ApiTasks", new SecurityGroupProps
        {
            Vpc = Vpc,
            Description = "Dot.Api tasks",
            AllowAllOutbound = true,
        });
    }

    public Vpc Vpc { get; }

    /// <summary>The load balancer's security group: the only one open to the internet, on 443 and (to redirect) 80.</summary>
    public SecurityGroup LoadBalancerAccess { get; }

    /// <summary>The API tasks' security group: the load balancer reaches them, they reach the search domain.</summary>
    public SecurityGroup ApiTasks { get; }
}
