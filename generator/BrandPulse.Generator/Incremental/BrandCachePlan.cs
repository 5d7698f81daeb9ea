using System.Collections.Concurrent;
using BrandPulse.Data.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// Decides what an incremental build reads again. A brand's key is made of the database's identity, the brand's
/// revision (see <see cref="BrandStamp"/>), the edition's cut-off and the generator's own build: a brand whose key is
/// unchanged is neither read nor computed again, and its complaints download is linked from the published site.
/// </summary>
public static class BrandCachePlan
{
    private static readonly string s_codeVersion = string.Join('+',
        typeof(BrandCachePlan).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(RankIntervals).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(BrandStamp).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    /// <summary>
    /// The key of a brand's entry: any change to its complaints, the database, the code, which data sets are
    /// selected because the brand answered (<paramref name="dataSets"/>) or the field campaigns' definitions
    /// (<paramref name="campaignsKey"/>: a protocol's wait decides which field calls count) changes it.
    /// </summary>
    public static string KeyOf(string databaseId, BrandStamp stamp, Brand brand, long? cutoffMs, IReadOnlyDictionary<string, bool>? dataSets = null,
        string campaignsKey = "") =>
        FormattableString.Invariant($"{s_codeVersion}|{databaseId}|{stamp.BrandId}|{stamp.Revision}|{cutoffMs}|{brand.Slug}|{Model.AnsweredOnlySources.Key(dataSets ?? new Dictionary<string, bool>())}|{campaignsKey}");

    /// <summary>What identifies the campaigns' definitions: a hash of their canonical JSON, empty when there are none.</summary>
    public static string CampaignsKey(IReadOnlyList<Campaign> campaigns) => campaigns.Count == 0 ? "" : Convert.ToHexStringLower(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join("\n", campaigns.Select(Data.Campaigns.CampaignJson.Canonical)))));

    /// <summary>
    /// The plan for the brands of <paramref name="index"/> (a snapshot without complaints, inside the read transaction):
    /// brands without an entry under their current key are read, and so are renamed ones (their name is in their
    /// complaints download) and those whose published download <paramref name="downloadUnchanged"/> says is gone or changed.
    /// When those outnumber the brands taken from the cache (the first build, or an import that touched most brands),
    /// everything is read in one scan, which is faster than the index on brand.
    /// </summary>
    /// <param name="downloadUnchanged">Whether the published complaints download of a brand still has the given hash.</param>
    public static BrandReadPlan Choose(Snapshot index, long? cutoffMs, BrandCacheStore store, Func<Brand, string, bool> downloadUnchanged)
    {
        Dictionary<long, Brand> brands = index.Brands.ToDictionary(b => b.Id);
        var keys = new Dictionary<long, string>();
        string campaignsKey = CampaignsKey(index.Campaigns);
        foreach (BrandStamp stamp in index.Stamps)
        {
            keys[stamp.BrandId] = KeyOf(index.DatabaseId, stamp, brands[stamp.BrandId], cutoffMs, index.DataSets, campaignsKey);
        }

        var loaded = new ConcurrentDictionary<long, BrandCacheEntry>();
        if (index.DatabaseId.Length > 0)
        {
            Parallel.ForEach(index.Stamps, stamp =>
            {
                Brand brand = brands[stamp.BrandId];
                if (store.Load(brand, keys[stamp.BrandId]) is { } entry && entry.DisplayName == brand.DisplayName
                    && downloadUnchanged(brand, entry.ComplaintsCsvHash))
                {
                    loaded[stamp.BrandId] = entry;
                }
            });
        }

        HashSet<long> read = [.. index.Stamps.Select(s => s.BrandId).Where(id => !loaded.ContainsKey(id))];
        return read.Count > loaded.Count
            ? new BrandReadPlan(keys, new Dictionary<long, BrandCacheEntry>(), null)
            : new BrandReadPlan(keys, new Dictionary<long, BrandCacheEntry>(loaded), read);
    }
}
