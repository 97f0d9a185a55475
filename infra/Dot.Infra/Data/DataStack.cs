using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.OpenSearchService;
using Amazon.CDK.AWS.S3;
using Constructs;
using Dot.Infra.Network;

namespace Dot.Infra.Data;

/// <summary>
/// DoT's data and the identity allowed to use it: the KMS keys, the configuration table, the raw-report bucket, the
/// search domain, and the API tasks' role with least-privilege access to each.
/// </summary>
public sealed class DataStack : Stack
{
    public DataStack(Construct scope, string id, DeploymentConfig config, NetworkStack network)
        : base(scope, id)
    {
        DataKey = ManagedKey.Create(this, "DataKey", "DoT data at rest: configuration table, raw reports, search domain", config.RetainData);
        SecretsKey = ManagedKey.Create(this, "SecretsKey", "DoT connector secrets: envelope encryption bound to the tenant", config.RetainData);
        ApiRole = new Role(this, "ApiTaskRole", new RoleProps
        {
            AssumedBy = new ServicePrincipal("ecs-tasks.amazonaws.com"),
            Description = "Dot.Api tasks: the configuration table, raw reports, secrets key and search domain",
        });
        Table = ConfigurationTable.Create(this, DataKey, config.RetainData);
        RawBucket = SecureBucket.Create(this, "RawReports", DataKey, config.RetainData, keepOldVersions: Duration.Days(90));
        Search = SearchDomain.Create(this, config, network, DataKey, ApiRole);
        ApiDataAccess.Grant(this, ApiRole, Table, RawBucket, DataKey, SecretsKey, Search);
    }

    public Key DataKey { get; }

    public Key SecretsKey { get; }

    public Role ApiRole { get; }

    public Table Table { get; }

    public Bucket RawBucket { get; }

    public Domain Search { get; }
}
