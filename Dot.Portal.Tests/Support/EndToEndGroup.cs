namespace Dot.Portal.Tests.Support;

/// <summary>The end-to-end tests share one stack and run one after another (one browser, two cores).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<PortalHosts>
{
    public const string Name = "Portal end to end";
}
