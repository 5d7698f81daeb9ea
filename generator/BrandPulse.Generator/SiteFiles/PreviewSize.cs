namespace BrandPulse.Generator.SiteFiles;

/// <summary>The size of social card images (Open Graph, Twitter), and where the site-wide one is.</summary>
public static class PreviewSize
{
    public const int Width = 1200;
    public const int Height = 630;
    public const string SitePath = "preview.png";

    public static string BrandPath(string slug) => $"brands/{slug}/preview.png";
}
