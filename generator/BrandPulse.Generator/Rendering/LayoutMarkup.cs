using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;
using BrandPulse.Generator.SiteFiles;
using BrandPulse.Statistics;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The frame of every page (<c>Pages/SiteLayout.razor</c>): head (canonical link, social cards, feed, icon), skip link,
/// navigation with a brand search that works without JavaScript, a language switch, footer, every word from the page
/// language's <see cref="Strings"/>. Built as markup (<see cref="Html"/>: everything
/// interpolated is encoded) rather than as render-tree frames; the header and footer depend only on the root and
/// the language, so they are built once per root and language.
/// </summary>
public static class LayoutMarkup
{

    /// <summary>From the document's start to where the page's own head elements go.</summary>
    /// <param name="site">The publication (base URL, edition): with <paramref name="path"/>, turns on the canonical link and the social card.</param>
    /// <param name="canonical">The page this one is a variant of, when not itself.</param>
    /// <param name="imageAt">The social card image's path from the site root.</param>
    /// <param name="text">The page's language and its strings.</param>
    /// <param name="alternate">The page's English path when it exists in both languages: turns on the <c>hreflang</c> links.</param>
    public static MarkupString Head(string title, string description, string root, SiteContext? site, string? path, string? canonical,
        string imageAt, string? imageAlt, Strings text, string? alternate = null)
    {
        SiteLanguage language = text.Language;
        Html h = Html.Begin();
        h.Append($$"""
            <html lang="{{Strings.Code(language)}}"><head><meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{title}} · {{M(text, "site.title_suffix")}}</title>
              <meta name="description" content="{{description}}" />
            """);
        if (site is not null && path is not null)
        {
            string url = SiteUrls.Absolute(site, canonical ?? path), image = SiteUrls.Absolute(site, imageAt);
            h.Append($$"""
                <link rel="canonical" href="{{url}}" />
                """);
            if (alternate is not null)
            {
                string english = SiteUrls.Absolute(site, alternate);
                h.Append($$"""

                        <link rel="alternate" hreflang="en" href="{{english}}" />
                        <link rel="alternate" hreflang="es" href="{{SiteUrls.Absolute(site, SiteLanguages.In(alternate, SiteLanguage.Spanish))}}" />
                        <link rel="alternate" hreflang="x-default" href="{{english}}" />
                    """);
            }

            h.Append($$"""

                    <meta property="og:url" content="{{url}}" />
                    <meta property="og:image" content="{{image}}" />
                    <meta property="og:image:width" content="{{PreviewSize.Width}}" />
                    <meta property="og:image:height" content="{{PreviewSize.Height}}" />
                    <meta property="og:image:alt" content="{{imageAlt ?? title}}" />
                    <meta name="twitter:card" content="summary_large_image">
                    <meta name="twitter:image" content="{{image}}" />
                """);
        }
        else
        {
            h.Append($"<meta name=\"twitter:card\" content=\"summary\">");
        }

        h.Append($$"""
            <meta property="og:type" content="website">
              <meta property="og:site_name" content="BrandPulse">
              <meta property="og:title" content="{{title}}" />
              <meta property="og:description" content="{{description}}" />
              <meta name="twitter:title" content="{{title}}" />
              <meta name="twitter:description" content="{{description}}" />
              <link rel="icon" href="{{root}}assets/favicon.svg" type="image/svg&#x2B;xml" />
              <link rel="alternate" type="application/atom&#x2B;xml" title="{{M(text, "feed.link_title")}}" href="{{root}}{{FeedPath(language)}}" />
              <link rel="stylesheet" href="{{root}}assets/site.css" />
              <script src="{{root}}{{ScriptStrings.PathOf(language)}}" defer></script>
              <script src="{{root}}assets/site.js" defer></script>

            """);
        h.Append($"  ");
        return h.ToMarkup();
    }

    /// <summary>
    /// The last line of every page's content, in the page's language: the period of the site's data and the edition the
    /// page belongs to (or, for the live pages, the latest edition), with the list of editions. Empty without a
    /// <paramref name="site"/>.
    /// </summary>
    public static MarkupString Provenance(SiteContext? site)
    {
        if (site is null)
        {
            return new MarkupString("");
        }

        string period = FigureText.Period(site.DataStartMs, site.DataEndMs, site);
        string state = site.Edition is { } edition
            ? site.Say("provenance.edition", ("edition_link", site.EditionLink(edition))).Value
            : site.CitedEdition is { } latest
                ? site.Say("provenance.live_since", ("edition_link", site.EditionLink(latest))).Value
                : site.Say("provenance.live_none").Value;
        return new MarkupString($"<p class=\"provenance\">{site.Say("provenance.data", ("period", period)).Value} {state} "
            + $"<a href=\"{site.AllEditionsHref()}\">{site.Say("edition.all").Value}</a></p>");
    }

    /// <summary>The Atom feed of a language, from the site root.</summary>
    public static string FeedPath(SiteLanguage language) => SiteLanguages.Prefix(language) + "feed.xml";

    /// <summary>
    /// The site header before the page's content and the footer after it, for pages at one depth in one language: links
    /// go to the page in that language where it exists, else to the English page. <paramref name="switchTo"/> is the
    /// address of this page in the other language, when there is one: it adds the visible language switch.
    /// </summary>
    public static (MarkupString Top, MarkupString Bottom) Frame(string root, SiteContext site, string? switchTo = null)
    {
        // Once per root and language in this publication (its context's memo): the strings and pages are the context's own.
        (MarkupString top, MarkupString bottom) = site.Memo.Get("frame", new FrameKey(root, site.Language, site.Text, site.TranslatedPaths),
            () => Build(root, site));
        if (switchTo is null)
        {
            return (new MarkupString(top.Value + HeaderEnd), bottom);
        }

        Strings text = site.Text;
        string other = Strings.Code(SiteLanguages.Other(site.Language));
        MarkupString languageSwitch = Html.Build(h => h.Append($$"""
            <nav class="lang-switch" aria-label="{{M(text, "lang.switch_label")}}"><a href="{{switchTo}}" hreflang="{{other}}" lang="{{other}}">{{M(text, "lang.switch_to")}}</a></nav>
            """));
        return (new MarkupString(top.Value + languageSwitch.Value + HeaderEnd), bottom);
    }

    private const string HeaderEnd = """
        </div></header>
          <main id="main" class="wrap" tabindex="-1">
        """;

    private static (MarkupString Top, MarkupString Bottom) Build(string root, SiteContext site)
    {
        Strings text = site.Text;
        string Href(string page) => site.Href(root, page);
        string licence = site.Language == SiteLanguage.Spanish
            ? "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.es"
            : "https://creativecommons.org/licenses/by-nc-sa/4.0/";
        Html top = Html.Begin();
        top.Append($$"""
            </head>
            <body><a class="skip-link" href="#main">{{M(text, "layout.skip_link")}}</a>
              <header class="site-header"><div class="wrap"><a class="logo" href="{{Href("index.html")}}">Brand<span>Pulse</span></a>
                  <nav aria-label="{{M(text, "layout.nav_label")}}"><ul><li><a href="{{Href("index.html")}}">{{M(text, "nav.rankings")}}</a></li>
                      <li><a href="{{Href("brands/index.html")}}">{{M(text, "nav.brands")}}</a></li>
                      <li><a href="{{Href("channels/index.html")}}">{{M(text, "nav.channels")}}</a></li>
                      <li><a href="{{Href("compare/index.html")}}">{{M(text, "nav.compare")}}</a></li>
                      <li><a href="{{Href("ley-10-2025/index.html")}}">{{M(text, "nav.law")}}</a></li>
                      <li><a href="{{Href("campaigns/index.html")}}">{{M(text, "nav.campaigns")}}</a></li>
                      <li><a href="{{Href("methodology/index.html")}}">{{M(text, "nav.methodology")}}</a></li>
                      <li><a href="{{Href("data/index.html")}}">{{M(text, "nav.data")}}</a></li>
                      <li><a href="{{Href("about/index.html")}}">{{M(text, "nav.about")}}</a></li></ul></nav>
                  <form class="brand-search" role="search" action="{{Href("brands/index.html")}}" method="get"><label class="visually-hidden" for="site-q">{{M(text, "search.label")}}</label>
                    <input id="site-q" type="search" name="q" placeholder="{{M(text, "search.placeholder")}}" autocomplete="off" spellcheck="false">
                    <button type="submit">{{M(text, "search.button")}}</button></form>
            """);
        Html bottom = Html.Begin();
        bottom.Append($$"""
            </main>
              <footer class="site-footer"><div class="wrap"><p>{{M(text, "footer.mission")}}
                    {{TextMarkup.Of(text, "footer.recompute",
                        ("methodology_link", Link(Href("methodology/index.html"), text, "footer.methodology_link")),
                        ("downloads_link", Link(Href("data/index.html"), text, "footer.downloads_link")))}}</p>
                  <p>{{TextMarkup.Of(text, "footer.sources", ("about_link", Link(Href("about/index.html"), text, "footer.about_link")))}}</p>
                  <p class="licence">{{TextMarkup.Of(text, "footer.licence",
                      ("licence_link", $"<a rel=\"license\" href=\"{licence}\">CC BY-NC-SA 4.0</a>"))}}</p>
                  <ul class="footer-links"><li><a href="{{Href("corrections/index.html")}}">{{M(text, "footer.corrections")}}</a></li>
                    <li><a href="{{Href("privacy/index.html")}}">{{M(text, "footer.privacy")}}</a></li>
                    <li><a href="{{Href("editions/index.html")}}">{{M(text, "footer.editions")}}</a></li>
                    <li><a href="{{Href("industries/index.html")}}">{{M(text, "footer.industries")}}</a></li>
                    <li><a href="{{root}}{{FeedPath(site.Language)}}">{{M(text, "footer.feed")}}</a></li>
                    <li><a href="{{root}}sitemap.xml">{{M(text, "footer.sitemap")}}</a></li></ul></div></footer></body></html>
            """);
        return (top.ToMarkup(), bottom.ToMarkup());
    }

    private static string Link(string href, Strings text, string key) =>
        $"<a href=\"{TextMarkup.Escape(href)}\">{TextMarkup.Escape(text[key])}</a>";

    /// <summary>A string without placeholders, as markup.</summary>
    private static MarkupString M(Strings text, string key) => TextMarkup.Of(text, key);

    /// <summary>What a page frame depends on: its depth, its language and strings, the pages that exist in Spanish.</summary>
    private sealed record FrameKey(string Root, SiteLanguage Language, Strings Text, IReadOnlySet<string> Translated);
}
