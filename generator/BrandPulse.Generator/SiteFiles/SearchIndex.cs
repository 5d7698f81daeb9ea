using System.Text.Json;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// What the site's search looks names up in: <c>data/search.json</c>, one entry per brand with its slug, its name and
/// the handles of its own support accounts (public brand data; never a complainant's). <c>site.js</c> reads it on the
/// brands index: an exact name or handle goes straight to the brand's page, a near miss is suggested.
/// </summary>
public static class SearchIndex
{
    /// <summary>Where the index is published, from the site root.</summary>
    public const string SitePath = "data/search.json";

    /// <summary>The index file: <c>{"brands":[{"s":"apple","n":"Apple","h":["AppleSupport"]}, ...]}</c>, brands in model order.</summary>
    public static OutputFile For(SiteModel model) => new(SitePath, JsonSerializer.SerializeToUtf8Bytes(
        new IndexFile([.. model.Brands.Select(b => new Entry(b.Brand.Slug, b.Brand.DisplayName, Handles(b)))]), SiteFilesJson.Default.IndexFile));

    /// <summary>The brand's account handles without their channel ("twitter:AppleSupport" → "AppleSupport"), each once.</summary>
    public static IReadOnlyList<string> Handles(BrandFigures brand) => brand.Accounts
        .Select(a => a[(a.IndexOf(':', StringComparison.Ordinal) + 1)..].TrimStart('@'))
        .Where(h => h.Length > 0)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    /// <summary>The file: its brands.</summary>
    internal sealed record IndexFile([property: System.Text.Json.Serialization.JsonPropertyName("brands")] List<Entry> Brands);

    /// <summary>One brand: s (slug), n (name), h (handles).</summary>
    internal sealed record Entry(
        [property: System.Text.Json.Serialization.JsonPropertyName("s")] string Slug,
        [property: System.Text.Json.Serialization.JsonPropertyName("n")] string Name,
        [property: System.Text.Json.Serialization.JsonPropertyName("h")] IReadOnlyList<string> Handles);
}
