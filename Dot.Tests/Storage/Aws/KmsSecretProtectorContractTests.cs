using System.Security.Cryptography;
using Dot.Bench.Emulators;
using Dot.Domain.Identifiers;
using Dot.Domain.Secrets;
using Dot.Storage.Aws.Kms;
using Dot.Tests.Storage.Contracts;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Aws;

/// <summary>The secret protector contract against KMS (the test double of its JSON protocol), plus the envelope's key id and refusal.</summary>
[Collection(AwsEmulatorsGroup.Name)]
public sealed class KmsSecretProtectorContractTests(AwsEmulators aws) : SecretProtectorContract
{
    protected override ISecretProtector OpenProtector() => new KmsSecretProtector(aws.SharedClients, Options.Create(aws.Shared));

    [Fact]
    public async Task TheEnvelopeNamesTheKmsKey_AndAnotherConnectorIsRefusedInOneSentenceWithoutTheKey()
    {
        var context = new SecretContext(OpaqueId.New("ten"), "connector:" + OpaqueId.New("con"));
        var sealedSecret = await OpenProtector().ProtectAsync(new byte[] { 1, 2, 3 }, context, CancellationToken.None);

        var failure = await Assert.ThrowsAsync<CryptographicException>(
            () => OpenProtector().UnprotectAsync(sealedSecret, context with { Purpose = "connector:" + OpaqueId.New("con") }, CancellationToken.None));

        Assert.Equal("kms:" + KmsDouble.KeyArn, sealedSecret.KeyId);
        Assert.Equal("The secret cannot be decrypted for this connector.", failure.Message);
        Assert.DoesNotContain(KmsDouble.KeyArn, failure.ToString(), StringComparison.Ordinal);
    }
}
