namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>Test classes in this collection share one <see cref="CaptureSite"/> (served and launched once).</summary>
[CollectionDefinition(Name)]
public sealed class CaptureSiteCollection : ICollectionFixture<CaptureSite>
{
    public const string Name = "capture page";
}
