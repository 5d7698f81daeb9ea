using BrandPulse.Statistics;

namespace BrandPulse.Generator.Model;

/// <summary>A prose page from Markdown: its slug (folder), title (first heading), HTML, and the language it is written in.</summary>
public sealed record ContentPage(string Slug, string Title, string Html, SiteLanguage Language = SiteLanguage.English);
