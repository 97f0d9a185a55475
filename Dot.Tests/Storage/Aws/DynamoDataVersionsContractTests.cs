using Dot.Domain.Analytics;
using Dot.Domain.Identifiers;
using Dot.Storage.Aws.DynamoDb;
using Dot.Tests.Storage.Contracts;

namespace Dot.Tests.Storage.Aws;

/// <summary>The data versions contract on dynalite, and what the table adds: every instance on it reads the same versions.</summary>
[Collection(AwsEmulatorsGroup.Name)]
public sealed class DynamoDataVersionsContractTests(AwsEmulators aws) : DataVersionsContract(new DynamoDataVersions(aws.SharedTable))
{
    [Fact]
    public async Task AnAdvanceThroughOneInstance_IsReadByAnother()
    {
        using var otherClients = AwsEmulators.Clients(aws.Shared);
        var one = new DynamoDataVersions(aws.SharedTable);
        var other = new DynamoDataVersions(new DynamoTable(otherClients.DynamoDb, aws.SharedTable.Name));
        var scope = AnalyticsScope.Of(OpaqueId.New("ten"), OpaqueId.New("dst"));
        var before = await other.CurrentAsync(scope, CancellationToken.None);

        await one.AdvanceAsync(scope.TenantId, scope.DatasetIds.ToList(), CancellationToken.None);

        Assert.Equal(before with { Datasets = before.Datasets + 1 }, await other.CurrentAsync(scope, CancellationToken.None));
    }
}
