using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// The key of a brand's page (<see cref="KeptFiles"/>): a hash of everything it is rendered from. That is the brand's
/// own figures (their brand cache key, <see cref="BrandCachePlan.KeyOf"/>: its complaints, the database, the cut-off,
/// the code), its record (name, industry, law scope) and accounts, its rank on each channel, its chart, and the
/// publication's words and settings: every interface string of every language, the site folder's <c>i18n/</c> and
/// <c>content/</c> files, the settings, base URL, methodology version, edition and editions, the data's period, the
/// pages that exist in both languages (the language switch), the page's language and path, and the generator's build.
/// A brand with field campaign results has no key (its page is always rendered).
/// </summary>
public static class BrandPageKeys
{
    private static readonly string s_codeVersion = string.Join('+',
        typeof(BrandPageKeys).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(RankInterval).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(Data.Model.Brand).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    /// <summary>
    /// The keys of a build's brand pages, from each brand's own key (by brand id) and its chart's key (by slug, <see cref="ChartInputs.KeyOf"/>); the
    /// publication's part is worked out once per context (language) the pages are rendered in.
    /// </summary>
    public static Func<BrandFigures, SiteContext, string?> For(IReadOnlyDictionary<long, string> ownKeys,
        IReadOnlyDictionary<string, string> chartKeys, IReadOnlyList<CampaignView> campaigns)
    {
        var siteKeys = new Dictionary<SiteContext, string>(ReferenceEqualityComparer.Instance);
        var siteLock = new Lock();
        return (brand, context) =>
        {
            if (!ownKeys.TryGetValue(brand.Brand.Id, out string? own) || CampaignPages.Of(campaigns, brand.Brand.Slug).Count > 0)
            {
                return null;
            }

            string site;
            lock (siteLock)
            {
                if (!siteKeys.TryGetValue(context, out site!))
                {
                    siteKeys[context] = site = SiteKey(context);
                }
            }

            return KeyOf(site, own, brand, chartKeys.GetValueOrDefault(brand.Brand.Slug), context);
        };
    }

    /// <summary>
    /// The key of one brand's page in the language of <paramref name="context"/>, in two parts: <c>BASE.RANKS</c>.
    /// The second is the hash of its ranks on each channel, the only figures of other brands the page shows (in its
    /// rank cells, <see cref="RankCells"/>); the first, of everything else (whether it is ranked on each channel included).
    /// A page whose first part is unchanged is patched rather than rendered.
    /// </summary>
    public static string KeyOf(string siteKey, string ownKey, BrandFigures brand, string? chartKey, SiteContext context)
    {
        using var bytes = new MemoryStream();
        using var w = new BinaryWriter(bytes, Encoding.UTF8);
        using var ranks = new MemoryStream();
        using var r = new BinaryWriter(ranks, Encoding.UTF8);
        w.Write(siteKey);
        w.Write(ownKey);
        w.Write(context.PagePath($"brands/{brand.Brand.Slug}/index.html"));
        w.Write(brand.Brand.ToString());
        w.Write(string.Join('\n', brand.Accounts));
        foreach (ChannelFigures f in brand.Channels)
        {
            w.Write(f.Channel);
            w.Write(f.Status.ToString());
            w.Write(f.Rank is null ? "" : "ranked");
            r.Write(f.Rank?.ToString() ?? "");
        }

        w.Write(chartKey ?? "");
        w.Flush();
        r.Flush();
        return $"{Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()))}.{Convert.ToHexStringLower(SHA256.HashData(ranks.ToArray()))}";
    }

    /// <summary>The publication's part of the keys of the pages rendered in <paramref name="context"/>.</summary>
    public static string SiteKey(SiteContext context)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(BitConverter.GetBytes(text.Length));
            hash.AppendData(Encoding.UTF8.GetBytes(text));
        }

        Add(s_codeVersion);
        Add(context.Language.ToString());
        Add(context.BaseUrl);
        Add(context.MethodologyVersion);
        Add(context.Edition ?? "");
        Add(string.Join('\n', context.Editions));
        Add(FormattableString.Invariant($"{context.DataStartMs}-{context.DataEndMs}"));
        foreach (SiteLanguage language in Enum.GetValues<SiteLanguage>())
        {
            foreach ((string key, string value) in context.In(language).Text.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                Add(key);
                Add(value);
            }
        }

        Add(JsonSerializer.Serialize(context.Settings, SiteFiles.SiteFilesJson.Default.SiteSettings));
        foreach (string path in context.TranslatedPaths.Order(StringComparer.Ordinal))
        {
            Add(path);
        }

        foreach (string folder in new[] { "i18n", "content" }.Select(f => Path.Combine(context.SiteDir, f)).Where(Directory.Exists))
        {
            foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                byte[] content = File.ReadAllBytes(file);
                Add(Path.GetRelativePath(context.SiteDir, file));
                hash.AppendData(BitConverter.GetBytes(content.Length));
                hash.AppendData(content);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
