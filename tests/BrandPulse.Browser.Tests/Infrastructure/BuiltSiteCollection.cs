namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>Test classes in this collection share one <see cref="BuiltSite"/> (built and launched once).</summary>
[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built demo site";
}
