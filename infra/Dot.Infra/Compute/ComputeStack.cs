using Amazon.CDK;
using Amazon.CDK.AWS.CertificateManager;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.ElasticLoadBalancingV2;
using Constructs;
using Dot.Infra.Data;
using Dot.Infra.Network;

namespace Dot.Infra.Compute;

/// <summary>
/// Dot.Api and Dot.Portal on ECS Fargate behind one internet-facing Application Load Balancer: HTTPS on 443 with a
/// modern TLS policy, port 80 only redirecting to it; <c>/api/*</c> and <c>/graphql</c> go to the API, the rest to the
/// portal. The API reads its stores' names from the data stack; the portal's OIDC client secret comes from Secrets
/// Manager at task start, never as plain environment.
/// </summary>
public sealed class ComputeStack : Stack
{
    public ComputeStack(Construct scope, string id, DeploymentConfig config, NetworkStack network, DataStack data)
        : base(scope, id)
    {
        var cluster = new Cluster(this, "Cluster", new ClusterProps { Vpc = network.Vpc, ContainerInsights = true });
        var publicUrl = $"https://{config.DomainName}";

        var api = AppService.Create(this, config, cluster, new AppServiceSpec(
            "Api", config.ApiRepository, config.ApiTasks, Cpu: 1024, MemoryMiB: 2048, HealthPath: "/healthz/ready",
            new Dictionary<string, string>
            {
                ["Storage__Mode"] = "Aws",
                ["Storage__Aws__Region"] = Aws.REGION,
                ["Storage__Aws__TableName"] = data.Table.TableName,
                ["Storage__Aws__BucketName"] = data.RawBucket.BucketName,
                ["Storage__Aws__KmsKeyId"] = data.SecretsKey.KeyArn,
                ["Storage__Aws__OpenSearch__Url"] = $"https://{data.Search.DomainEndpoint}",
                ["Storage__Aws__OpenSearch__Service"] = "es",
                ["Oidc__Authority"] = config.OidcAuthority,
                ["Oidc__Audience"] = "dot-api",
            },
            new Dictionary<string, Amazon.CDK.AWS.ECS.Secret>(), data.ApiRole, network.ApiTasks));

        var clientSecret = Amazon.CDK.AWS.SecretsManager.Secret.FromSecretNameV2(this, "PortalOidcClientSecret", config.OidcClientSecretName);
        var portal = AppService.Create(this, config, cluster, new AppServiceSpec(
            "Portal", config.PortalRepository, config.PortalTasks, Cpu: 512, MemoryMiB: 1024, HealthPath: "/healthz",
            new Dictionary<string, string>
            {
                ["Portal__ApiUrl"] = publicUrl,
                ["Portal__Oidc__Authority"] = config.OidcAuthority,
            },
            new Dictionary<string, Amazon.CDK.AWS.ECS.Secret> { ["Portal__Oidc__ClientSecret"] = Amazon.CDK.AWS.ECS.Secret.FromSecretsManager(clientSecret) },
            TaskRole: null, SecurityGroup: null));

        LoadBalancer = PublicLoadBalancer(config, network, api, portal);
    }

    public ApplicationLoadBalancer LoadBalancer { get; }

    private ApplicationLoadBalancer PublicLoadBalancer(DeploymentConfig config, NetworkStack network, ApplicationTargetGroup api, ApplicationTargetGroup portal)
    {
        var loadBalancer = new ApplicationLoadBalancer(this, "LoadBalancer", new ApplicationLoadBalancerProps
        {
            Vpc = network.Vpc,
            InternetFacing = true,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
            SecurityGroup = network.LoadBalancerAccess,
            DropInvalidHeaderFields = true,
        });
        var certificate = config.CertificateArn is { } arn
            ? Certificate.FromCertificateArn(this, "Certificate", arn)
            : new Certificate(this, "Certificate", new CertificateProps { DomainName = config.DomainName, Validation = CertificateValidation.FromDns() });
        var https = loadBalancer.AddListener("Https", new BaseApplicationListenerProps
        {
            Port = 443,
            Protocol = ApplicationProtocol.HTTPS,
            Certificates = [ListenerCertificate.FromCertificateManager(certificate)],
            SslPolicy = SslPolicy.RECOMMENDED_TLS,
            DefaultTargetGroups = [portal],
            Open = false,
        });
        https.AddTargetGroups("Api", new AddApplicationTargetGroupsProps
        {
            Priority = 10,
            Conditions = [ListenerCondition.PathPatterns(["/api/*", "/graphql", "/graphql/*"])],
            TargetGroups = [api],
        });
        loadBalancer.AddRedirect(new ApplicationLoadBalancerRedirectConfig { SourcePort = 80, TargetPort = 443, Open = false });
        return loadBalancer;
    }
}
