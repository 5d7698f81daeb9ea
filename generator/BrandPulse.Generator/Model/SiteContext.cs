using BrandPulse.Generator.Localization;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Model;

/// <summary>
/// Facts about the publication rather than the data: the public base URL (for permanent links, feeds, sitemaps),
/// the methodology version, the edition being built, and the language of the page being rendered (with its strings
/// and which pages exist in the other language). Never the clock: builds are deterministic.
/// </summary>
public sealed record SiteContext(string BaseUrl, string MethodologyVersion, string? Edition, string SiteDir,
    IReadOnlyList<string>? PublishedEditions = null)
{
    /// <summary>Every published edition (dates, oldest first), including the one being built.</summary>
    public IReadOnlyList<string> Editions => PublishedEditions ?? [];

    /// <summary>The complaints the site's figures come from (Unix ms, first and last made); 0 and 0 when not known.</summary>
    public long DataStartMs { get; init; }

    /// <summary>See <see cref="DataStartMs"/>.</summary>
    public long DataEndMs { get; init; }

    /// <summary>The edition a citation of this build points at: the one built, else the latest published; null when none.</summary>
    public string? CitedEdition => Edition ?? (Editions.Count > 0 ? Editions[^1] : null);

    public const string DefaultBaseUrl = "https://brandpulse.example.org/";
    public const string CurrentMethodologyVersion = "2.1";

    /// <summary>The language of the page being rendered (English unless said otherwise).</summary>
    public SiteLanguage Language { get; init; } = SiteLanguage.English;

    /// <summary>Every language's interface strings, read by the build; when not given, read once from <see cref="SiteDir"/> (into <see cref="Memo"/>).</summary>
    public IReadOnlyDictionary<SiteLanguage, Strings>? Texts { get; init; }

    /// <summary>The English paths of the pages that exist in Spanish too; when not given, found in <see cref="SiteDir"/>.</summary>
    public IReadOnlySet<string>? Translated { get; init; }

    /// <summary>The deployment's settings (corrections address and answer time), read by the build; when not given, read once from <see cref="SiteDir"/> (into <see cref="Memo"/>).</summary>
    public Site.SiteSettings? SettingsRead { get; init; }

    /// <summary>What rendering this publication works out once (see <see cref="ContextMemo"/>); shared by every context made from this one.</summary>
    public ContextMemo Memo { get; init; } = new();

    /// <summary>The deployment's settings: <c>SITE/content/settings.json</c>.</summary>
    public Site.SiteSettings Settings => SettingsRead ?? Memo.Get("settings", Path.GetFullPath(SiteDir), () => Site.SiteSettings.Read(SiteDir));

    /// <summary>The interface strings of <see cref="Language"/>.</summary>
    public Strings Text => (Texts ?? Memo.Get("strings", Path.GetFullPath(SiteDir), () => SiteText.Load(SiteDir)))[Language];

    /// <summary>The English paths of the pages that exist in Spanish too.</summary>
    public IReadOnlySet<string> TranslatedPaths => Translated ?? Memo.Get("translated", Path.GetFullPath(SiteDir), () => SiteText.TranslatedPaths(SiteDir));

    /// <summary>This publication, rendering pages in another language.</summary>
    public SiteContext In(SiteLanguage language) => this with { Language = language };

    /// <summary>
    /// A link from a page of <see cref="Language"/> at <paramref name="root"/> to the page with the English path
    /// <paramref name="referencePath"/>: to its version in this language where there is one, else to the English page.
    /// </summary>
    public string Href(string root, string referencePath) =>
        root + (Language != Strings.Reference && TranslatedPaths.Contains(referencePath)
            ? SiteLanguages.In(referencePath, Language)
            : referencePath);

    public string Url(string path) => BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
