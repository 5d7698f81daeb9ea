using System.Text;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Site;

/// <summary>
/// Citations of a page: they point at a dated edition (the one built, else the latest published: see
/// <see cref="SiteContext.CitedEdition"/>), whose address never changes, and carry its year; the live address only
/// while no edition exists (then the year of the latest data).
/// </summary>
public static class Citation
{
    /// <summary>The address cited: the page inside the cited edition, else the live page.</summary>
    public static string Url(string path, SiteContext site) => SiteUrls.Absolute(site with { Edition = site.CitedEdition }, path);

    /// <summary>The year cited: the cited edition's, else the year of the latest data; null when neither is known.</summary>
    public static string? Year(SiteContext site) =>
        site.CitedEdition is { Length: >= 4 } e && e[..4].All(char.IsAsciiDigit) ? e[..4]
        : site.DataEndMs > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(site.DataEndMs).UtcDateTime.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : null;

    /// <summary>
    /// The plain citation, in the language of <paramref name="site"/>: "BrandPulse (2026). “Title.” Edition of …,
    /// methodology version …, period. URL".
    /// </summary>
    public static string Text(string title, string path, SiteContext site, string period)
    {
        var text = new StringBuilder("BrandPulse");
        if (Year(site) is { } year)
        {
            text.Append(" (").Append(year).Append(')');
        }

        text.Append(". ").Append(site.Text.Format("cite.quoted", ("title", title))).Append(' ');
        text.Append(site.CitedEdition is { } edition ? site.Text.Format("cite.edition_of", ("edition", edition)) : site.Text["cite.live_edition"]);
        text.Append(", ").Append(site.Text.Format("cite.methodology", ("version", site.MethodologyVersion)));
        if (period.Length > 0)
        {
            text.Append(", ").Append(period);
        }

        return text.Append(". ").Append(Url(path, site)).ToString();
    }

    /// <summary>The BibTeX entry (its note in the language of <paramref name="site"/>): a key made from the page's path and the edition, the year, the permanent address.</summary>
    public static string Bibtex(string title, string path, SiteContext site, string period)
    {
        string url = Url(path, site);
        string key = "brandpulse-" + Key(SiteUrls.Pretty(path)) + (site.CitedEdition is null ? "" : "-" + Key(site.CitedEdition));
        var note = new StringBuilder(site.Text.Format("cite.bibtex_note", ("version", site.MethodologyVersion)));
        note.Append("; ").Append(site.CitedEdition is null ? site.Text["cite.bibtex_live"] : site.Text.Format("cite.bibtex_edition", ("edition", site.CitedEdition)));
        if (period.Length > 0)
        {
            note.Append("; ").Append(period);
        }

        string year = Year(site) is { } y ? $"  year = {{{y}}},\n" : "";
        return $"@misc{{{key},\n  author = {{{{BrandPulse}}}},\n  title = {{{Braces(title)}}},\n{year}"
            + $"  howpublished = {{\\url{{{url}}}}},\n  note = {{{Braces(note.ToString())}}}\n}}";
    }

    private static string Key(string text)
    {
        string key = new(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        return key.Trim('-') is { Length: > 0 } k ? k : "home";
    }

    /// <summary>Removes what would break out of a BibTeX field: braces, backslashes, bidi controls.</summary>
    private static string Braces(string text) => SafeText.Clean(text).Replace("{", "(").Replace("}", ")").Replace("\\", "/");
}
