using System.Collections.Concurrent;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;
using BrandPulse.Generator.SiteFiles;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The frame of every page (<c>Pages/SiteLayout.razor</c>): head (canonical link, social cards, feed, icon), skip link,
/// navigation with a brand search that works without JavaScript, footer. Built as markup (<see cref="Html"/>: everything
/// interpolated is encoded) rather than as render-tree frames; the header and footer depend only on the root, so they
/// are built once per root.
/// </summary>
public static class LayoutMarkup
{
    private static readonly ConcurrentDictionary<string, (MarkupString Top, MarkupString Bottom)> s_frames = new(StringComparer.Ordinal);

    /// <summary>From the document's start to where the page's own head elements go.</summary>
    /// <param name="site">The publication (base URL, edition): with <paramref name="path"/>, turns on the canonical link and the social card.</param>
    /// <param name="canonical">The page this one is a variant of, when not itself.</param>
    /// <param name="imageAt">The social card image's path from the site root.</param>
    public static MarkupString Head(string title, string description, string root, SiteContext? site, string? path, string? canonical,
        string imageAt, string? imageAlt)
    {
        Html h = Html.Begin();
        h.Append($$"""
            <html lang="en"><head><meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{title}} · BrandPulse</title>
              <meta name="description" content="{{description}}" />
            """);
        if (site is not null && path is not null)
        {
            string url = SiteUrls.Absolute(site, canonical ?? path), image = SiteUrls.Absolute(site, imageAt);
            h.Append($$"""
                <link rel="canonical" href="{{url}}" />
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
              <link rel="alternate" type="application/atom&#x2B;xml" title="BrandPulse: editions and corrections" href="{{root}}feed.xml" />
              <link rel="stylesheet" href="{{root}}assets/site.css" />
              <script src="{{root}}assets/site.js" defer></script>

            """);
        h.Append($"  ");
        return h.ToMarkup();
    }

    /// <summary>
    /// The last line of every page's content: the period of the site's data and the edition the page belongs to (or,
    /// for the live pages, the latest edition), with the list of editions. Empty without a <paramref name="site"/>.
    /// </summary>
    public static MarkupString Provenance(SiteContext? site)
    {
        if (site is null)
        {
            return new MarkupString("");
        }

        Html h = Html.Begin();
        h.Append($"<p class=\"provenance\">Data: complaints made {FigureText.Period(site.DataStartMs, site.DataEndMs)}. ");
        if (site.Edition is { } edition)
        {
            h.Append($"This page belongs to the <a href=\"{Publishing.Editions.Href(site, edition + "/index.html")}\">edition of <time datetime=\"{edition}\">{edition}</time></a>, which never changes. ");
        }
        else if (site.CitedEdition is { } latest)
        {
            h.Append($"Live page, updated since the <a href=\"{Publishing.Editions.Href(site, latest + "/index.html")}\">edition of <time datetime=\"{latest}\">{latest}</time></a>. ");
        }
        else
        {
            h.Append($"Live page: no dated edition has been published yet. ");
        }

        h.Append($"<a href=\"{Publishing.Editions.Href(site, "index.html")}\">All editions</a></p>");
        return h.ToMarkup();
    }

    /// <summary>The site header before the page's content and the footer after it, for pages at one depth.</summary>
    public static (MarkupString Top, MarkupString Bottom) Frame(string root) => s_frames.GetOrAdd(root, static root => (
        Html.Build(root, static (h, Root) => h.Append($$"""
            </head>
            <body><a class="skip-link" href="#main">Skip to content</a>
              <header class="site-header"><div class="wrap"><a class="logo" href="{{Root}}index.html">Brand<span>Pulse</span></a>
                  <nav aria-label="Main"><ul><li><a href="{{Root}}index.html">Rankings</a></li>
                      <li><a href="{{Root}}brands/index.html">Brands</a></li>
                      <li><a href="{{Root}}channels/index.html">Channels</a></li>
                      <li><a href="{{Root}}compare/index.html">Compare</a></li>
                      <li><a href="{{Root}}methodology/index.html">Methodology</a></li>
                      <li><a href="{{Root}}data/index.html">Data</a></li>
                      <li><a href="{{Root}}about/index.html">About</a></li></ul></nav>
                  <form class="brand-search" role="search" action="{{Root}}brands/index.html" method="get"><label class="visually-hidden" for="site-q">Find a brand</label>
                    <input id="site-q" type="search" name="q" placeholder="Find a brand" autocomplete="off" spellcheck="false">
                    <button type="submit">Find</button></form></div></header>
              <main id="main" class="wrap" tabindex="-1">
            """)),
        Html.Build(root, static (h, Root) => h.Append($$"""
            </main>
              <footer class="site-footer"><div class="wrap"><p>BrandPulse measures how long brands take to answer complaints, and whether they answer at all.
                    Figures follow the <a href="{{Root}}methodology/index.html">published methodology</a>;
                    every number can be recomputed from the <a href="{{Root}}data/index.html">downloads</a>.</p>
                  <p>Data: “Customer Support on Twitter” (Stuart Axelbrooke / thoughtvector, Kaggle), CC BY-NC-SA 4.0;
                    IBM twitter-customer-care-document-prediction, Apache-2.0. See <a href="{{Root}}about/index.html">About</a>.</p>
                  <p class="licence">Licence: the text and figures on this site are published under
                    <a rel="license" href="https://creativecommons.org/licenses/by-nc-sa/4.0/">CC BY-NC-SA 4.0</a>
                    (credit “BrandPulse”); figures derived only from the IBM data set may also be reused under Apache-2.0.</p>
                  <ul class="footer-links"><li><a href="{{Root}}corrections/index.html">Corrections</a></li>
                    <li><a href="{{Root}}privacy/index.html">Privacy for complainants</a></li>
                    <li><a href="{{Root}}editions/index.html">Editions</a></li>
                    <li><a href="{{Root}}industries/index.html">Industries</a></li>
                    <li><a href="{{Root}}feed.xml">Atom feed</a></li>
                    <li><a href="{{Root}}sitemap.xml">Sitemap</a></li></ul></div></footer></body></html>
            """))));
}
