using Dot.Storage.Aws;
using Dot.Storage.Aws.OpenSearch;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>The start-up checks of <c>Storage:Aws:OpenSearch</c>, each naming its setting.</summary>
public sealed class OpenSearchRulesTests
{
    private static readonly AwsEnvironment Production = new(IsDevelopment: false, IsProduction: true);
    private static readonly AwsEnvironment Development = new(IsDevelopment: true, IsProduction: false);

    private static IReadOnlyList<string> Check(OpenSearchOptions openSearch, AwsEnvironment environment, string? region = "eu-west-1") =>
        AwsStorageRules.Check(new AwsStorageOptions { Region = region, OpenSearch = openSearch }, config: false, raw: false, secrets: false, analytics: true, environment);

    [Fact]
    public void AManagedDomainOverHttps_IsAccepted() =>
        Assert.Empty(Check(new OpenSearchOptions { Url = new Uri("https://search-dot.eu-west-1.es.amazonaws.com"), Service = "es" }, Production));

    [Fact]
    public void AnUnsignedLocalContainer_IsAcceptedInDevelopmentOnly()
    {
        var local = new OpenSearchOptions { Url = new Uri("http://localhost:9200") };

        Assert.Empty(Check(local, Development, region: null));
        Assert.Equal(
            ["Storage:Aws:OpenSearch:Url must be https outside Development.",
             "Storage:Aws:OpenSearch:Service is required outside Development ('es' or 'aoss'): requests to AWS are signed."],
            Check(local, Production));
    }

    [Theory]
    [InlineData(null, "es", "dot", "Storage:Aws:OpenSearch:Url is required")]
    [InlineData("https://x.example", "opensearch", "dot", "Storage:Aws:OpenSearch:Service must be")]
    [InlineData("https://x.example", "aoss", "Dot_", "Storage:Aws:OpenSearch:IndexPrefix must be")]
    public void AWrongSetting_IsNamed(string? url, string service, string prefix, string problem) =>
        Assert.Contains(Check(new OpenSearchOptions { Url = url is null ? null : new Uri(url), Service = service, IndexPrefix = prefix }, Production),
            found => found.StartsWith(problem, StringComparison.Ordinal));

    [Fact]
    public void SigningWithoutARegion_IsRefusedNamingTheRegion() =>
        Assert.Contains("Storage:Aws:Region is required: the AWS region, e.g. eu-west-1.",
            Check(new OpenSearchOptions { Url = new Uri("https://x.example"), Service = "es" }, Production, region: null));

    [Fact]
    public void DedicatedTenantsThatAreNotIds_AreRefused() =>
        Assert.Contains("Storage:Aws:OpenSearch:DedicatedTenants must list tenant ids (letters, digits, '_' and '-').",
            Check(new OpenSearchOptions { Url = new Uri("https://x.example"), Service = "es", DedicatedTenants = ["ten_ok", "../x"] }, Production));
}
