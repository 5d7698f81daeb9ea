using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Site;

/// <summary>
/// Absolute addresses of the site's files (canonical links, sitemap, feeds, social cards), all from
/// <see cref="SiteContext.BaseUrl"/>. A dated edition lives under <c>editions/DATE/</c>: its addresses carry that prefix.
/// </summary>
public static class SiteUrls
{
    /// <summary>Where the build sits below the base URL: "" for the live site, "editions/DATE/" for an edition.</summary>
    public static string Prefix(SiteContext context) => context.Edition is null ? "" : $"editions/{context.Edition}/";

    /// <summary>The absolute URL of a file given by its site-relative path; "x/index.html" is written "x/".</summary>
    public static string Absolute(SiteContext context, string sitePath) => context.Url(Prefix(context) + Pretty(sitePath));

    /// <summary>The path from the server root to the site root ("/", "/brandpulse/", "/editions/DATE/"), for pages served at any path (404).</summary>
    public static string RootPath(SiteContext context)
    {
        string basePath = Uri.TryCreate(context.BaseUrl, UriKind.Absolute, out Uri? uri) ? uri.AbsolutePath : "/";
        return basePath.TrimEnd('/') + "/" + Prefix(context);
    }

    /// <summary>The host of the base URL, the authority of the site's tag: URIs.</summary>
    public static string Host(SiteContext context) =>
        Uri.TryCreate(context.BaseUrl, UriKind.Absolute, out Uri? uri) ? uri.Host : "brandpulse.invalid";

    public static string Pretty(string sitePath) =>
        sitePath == "index.html" ? ""
        : sitePath.EndsWith("/index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length]
        : sitePath;
}
