using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.OpenSearchService;
using Constructs;
using Dot.Infra.Network;

namespace Dot.Infra.Data;

/// <summary>
/// The OpenSearch domain for analytics: inside the VPC's private subnets, reachable on 443 from the API tasks only,
/// encrypted at rest with the data key and between nodes, HTTPS with TLS 1.2 and forward secrecy, fine-grained
/// access control with the API's role as its master user.
/// </summary>
public static class SearchDomain
{
    public static Domain Create(Construct scope, DeploymentConfig config, NetworkStack network, IKey key, IRole apiRole)
    {
        var securityGroup = new SecurityGroup(scope, "SearchDomainAccess", new SecurityGroupProps
        {
            Vpc = network.Vpc,
            Description = "DoT search domain: HTTPS from the API tasks",
            AllowAllOutbound = false,
        });
        securityGroup.AddIngressRule(network.ApiTasks, Port.Tcp(443), "HTTPS from the API tasks");
        var zoned = config.SearchNodes > 1;
        var name = $"dot-{config.Name}";
        var domain = new Domain(scope, "Search", new DomainProps
        {
            DomainName = name,
            Version = EngineVersion.OPENSEARCH_2_15,
            Capacity = new CapacityConfig { DataNodes = config.SearchNodes, DataNodeInstanceType = config.SearchInstanceType, MultiAzWithStandbyEnabled = false },
            Ebs = new EbsOptions { VolumeSize = 20, VolumeType = EbsDeviceVolumeType.GP3 },
            ZoneAwareness = zoned ? new ZoneAwarenessConfig { Enabled = true, AvailabilityZoneCount = config.ZoneCount } : null,
            Vpc = network.Vpc,
            VpcSubnets = [new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS, OnePerAz = true, AvailabilityZones = zoned ? null : [network.Vpc.AvailabilityZones[0]] }],
            SecurityGroups = [securityGroup],
            EncryptionAtRest = new EncryptionAtRestOptions { Enabled = true, KmsKey = key },
            NodeToNodeEncryption = true,
            EnforceHttps = true,
            TlsSecurityPolicy = TLSSecurityPolicy.TLS_1_2_PFS,
            FineGrainedAccessControl = new AdvancedSecurityOptions { MasterUserArn = apiRole.RoleArn },
            RemovalPolicy = config.RetainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
        // Set on the resource itself: Domain.AddAccessPolicies would deploy a custom-resource Lambda to do the same.
        var access = new PolicyDocument();
        access.AddStatements(new PolicyStatement(new PolicyStatementProps
        {
            Principals = [new ArnPrincipal(apiRole.RoleArn)],
            Actions = ["es:ESHttpGet", "es:ESHttpHead", "es:ESHttpPost", "es:ESHttpPut", "es:ESHttpDelete"],
            // Built from the name: the domain's own ARN attribute would make the domain depend on itself.
            Resources = [$"arn:{Aws.PARTITION}:es:{Aws.REGION}:{Aws.ACCOUNT_ID}:domain/{name}/*"],
        }));
        ((CfnDomain)domain.Node.DefaultChild!).AccessPolicies = access.ToJSON();
        return domain;
    }
}
