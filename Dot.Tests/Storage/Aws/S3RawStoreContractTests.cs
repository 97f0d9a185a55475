using Dot.Storage.Aws.S3;
using Dot.Tests.Storage.Contracts;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Aws;

/// <summary>The raw store contract against S3 on s3rver.</summary>
[Collection(AwsEmulatorsGroup.Name)]
public sealed class S3RawStoreContractTests(AwsEmulators aws)
    : RawStoreContract(new S3RawStore(aws.SharedClients, Options.Create(aws.Shared)));
