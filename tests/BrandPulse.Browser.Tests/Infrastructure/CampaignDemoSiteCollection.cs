namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>Test classes in this collection share one <see cref="CampaignDemoSite"/> (built, served and launched once).</summary>
[CollectionDefinition(Name)]
public sealed class CampaignDemoSiteCollection : ICollectionFixture<CampaignDemoSite>
{
    public const string Name = "demo site with its campaign";
}
