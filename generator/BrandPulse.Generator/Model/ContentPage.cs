namespace BrandPulse.Generator.Model;

/// <summary>A prose page from Markdown: its slug (folder), title (first heading) and HTML.</summary>
public sealed record ContentPage(string Slug, string Title, string Html);
