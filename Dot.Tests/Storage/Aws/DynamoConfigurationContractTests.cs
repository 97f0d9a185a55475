using Dot.Storage.Aws.DynamoDb;
using Dot.Tests.Storage.Contracts;

namespace Dot.Tests.Storage.Aws;

// The configuration ports' contract suites against the DynamoDB adapters on dynalite, all on one table under fresh tenant ids.

[Collection(AwsEmulatorsGroup.Name)]
public sealed class DynamoTenantStoreContractTests(AwsEmulators aws)
    : TenantStoreContract(new DynamoTenantStore(aws.SharedTable, TimeProvider.System));

[Collection(AwsEmulatorsGroup.Name)]
public sealed class DynamoDatasetStoreContractTests(AwsEmulators aws)
    : DatasetStoreContract(new DynamoDatasetStore(aws.SharedTable, TimeProvider.System));

[Collection(AwsEmulatorsGroup.Name)]
public sealed class DynamoUploadTokenStoreContractTests(AwsEmulators aws)
    : UploadTokenStoreContract(new DynamoUploadTokenStore(aws.SharedTable));

[Collection(AwsEmulatorsGroup.Name)]
public sealed class DynamoReadTokenStoreContractTests(AwsEmulators aws)
    : ReadTokenStoreContract(new DynamoReadTokenStore(aws.SharedTable));

[Collection(AwsEmulatorsGroup.Name)]
public sealed class DynamoUploadStoreContractTests(AwsEmulators aws) : UploadStoreContract
{
    protected override Dot.Domain.Uploads.IUploadStore OpenStore() => new DynamoUploadStore(aws.SharedTable);
}

[Collection(AwsEmulatorsGroup.Name)]
public sealed class DynamoConnectorStoreContractTests(AwsEmulators aws)
    : ConnectorStoreContract(new DynamoConnectorStore(aws.SharedTable, new DynamoConnectorRunStore(aws.SharedTable)), new DynamoConnectorRunStore(aws.SharedTable));

/// <summary>The job queue contract on a table of each test's own, since a claim takes any job of the queue.</summary>
[Collection(AwsEmulatorsGroup.Name)]
public sealed class DynamoUploadJobsContractTests(AwsEmulators aws) : UploadJobsContract
{
    protected override Dot.Domain.Jobs.IUploadJobs OpenJobs(TimeProvider clock) =>
        new DynamoUploadJobs(aws.NewTableAsync().GetAwaiter().GetResult(), clock);
}

[Collection(AwsEmulatorsGroup.Name)]
public sealed class DynamoAuditLogContractTests(AwsEmulators aws)
    : AuditLogContract(new DynamoAuditLog(aws.SharedTable));
