using Dot.Domain.Secrets;
using Dot.Storage.Aws.Kms;
using Dot.Tests.Storage.Contracts;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Aws;

/// <summary>The secret protector contract against KMS (the test double of its JSON protocol).</summary>
[Collection(AwsEmulatorsGroup.Name)]
public sealed class KmsSecretProtectorContractTests(AwsEmulators aws) : SecretProtectorContract
{
    protected override ISecretProtector OpenProtector() => new KmsSecretProtector(aws.SharedClients, Options.Create(aws.Shared));
}
