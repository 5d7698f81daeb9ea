using BrandPulse.Data.Model;
using BrandPulse.Data.Store;

namespace BrandPulse.Data.Import;

/// <summary>
/// Finds the brand of a complaint: through its account (registry first; an unknown account becomes a brand of its own,
/// named after the account, industry unknown) or through a brand named by a person.
/// </summary>
internal sealed class BrandResolver(BrandStore brands)
{
    private readonly Dictionary<(string Channel, string Key), long> _accounts =
        brands.Accounts().ToDictionary(a => (a.Channel, a.AccountKey), a => a.BrandId);
    private readonly Dictionary<string, long> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _newBrands = [];

    public IReadOnlyList<string> NewBrands => _newBrands;

    public (long BrandId, string? AccountKey) Resolve(ComplaintInput c)
    {
        if (c.AccountHandle is { } handle)
        {
            string key = BrandStore.AccountKey(handle);
            if (!_accounts.TryGetValue((c.Channel, key), out long id))
            {
                Brand brand = brands.Create(handle.Trim().TrimStart('@'), industry: null, BrandOrigins.Import);
                brands.Attach(c.Channel, handle, brand.Id);
                _newBrands.Add($"{brand.DisplayName} ({c.Channel}/{handle.Trim().TrimStart('@')} -> /brands/{brand.Slug}/)");
                _accounts[(c.Channel, key)] = id = brand.Id;
            }

            return (id, key);
        }

        string name = c.BrandName ?? throw new ArgumentException("a complaint needs an account or a brand name", nameof(c));
        if (!_byName.TryGetValue(name.Trim(), out long brandId))
        {
            Brand? existing = brands.ByName(name);
            if (existing is null)
            {
                existing = brands.Create(name.Trim(), industry: null, BrandOrigins.Manual);
                _newBrands.Add($"{existing.DisplayName} (-> /brands/{existing.Slug}/)");
            }

            _byName[name.Trim()] = brandId = existing.MergedInto ?? existing.Id;
        }

        return (brandId, null);
    }
}
