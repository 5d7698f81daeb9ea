using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Data.Store;

namespace BrandPulse.Data.Import;

/// <summary>
/// Finds the brand of a complaint: through its account (registry first; an unknown account becomes a brand of its own,
/// named after the account, industry unknown) or through a brand named by a person. Handles and names are matched by
/// <see cref="NameKey"/>, so every spelling of one brand finds it; a handle holding invisible characters is cleaned and
/// matched, with a warning.
/// </summary>
internal sealed class BrandResolver(BrandStore brands, string inputName = "")
{
    private readonly Dictionary<(string Channel, string Key), long> _accounts =
        brands.Accounts().ToDictionary(a => (a.Channel, a.AccountKey), a => a.BrandId);
    private readonly Dictionary<string, long> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);
    private readonly List<string> _newBrands = [];

    public IReadOnlyList<string> NewBrands => _newBrands;

    /// <summary>Warnings about handles that were cleaned before matching.</summary>
    public List<ImportIssue> Issues { get; } = [];

    public (long BrandId, string? AccountKey) Resolve(ComplaintInput c)
    {
        if (c.AccountHandle is { } handle)
        {
            string key = BrandStore.AccountKey(handle);
            string clean = BrandStore.CleanHandle(handle);
            if (NameKey.HasInvisible(handle) && _warned.Add(handle))
            {
                Issues.Add(new ImportIssue(IssueKind.Warning, inputName, c.Line, "account",
                    $"the handle {c.Channel}/{clean} held invisible characters (zero-width, byte-order or bidi marks): removed, and matched as {clean}"));
            }

            if (!_accounts.TryGetValue((c.Channel, key), out long id))
            {
                Brand brand = brands.Create(clean, industry: null, BrandOrigins.Import);
                brands.Attach(c.Channel, handle, brand.Id);
                _newBrands.Add($"{brand.DisplayName} ({c.Channel}/{clean} -> /brands/{brand.Slug}/)");
                _accounts[(c.Channel, key)] = id = brand.Id;
            }

            return (id, key);
        }

        string name = c.BrandName ?? throw new ArgumentException("a complaint needs an account or a brand name", nameof(c));
        string nameKey = NameKey.Of(name);
        if (!_byName.TryGetValue(nameKey, out long brandId))
        {
            Brand? existing = brands.ByName(name);
            if (existing is null)
            {
                existing = brands.Create(name, industry: null, BrandOrigins.Manual);
                _newBrands.Add($"{existing.DisplayName} (-> /brands/{existing.Slug}/)");
            }

            _byName[nameKey] = brandId = existing.MergedInto ?? existing.Id;
        }

        return (brandId, null);
    }
}
