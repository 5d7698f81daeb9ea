using System.Data.Common;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using BrandPulse.Data.Stores;

namespace BrandPulse.Data.Registry;

/// <summary>What loading the registry changed.</summary>
public sealed record RegistryLoadResult(int Added, int Updated, int AccountsAttached, int Merged = 0);

/// <summary>
/// Applies registry entries in one transaction: a brand is found by its slug (created with that slug if new), its
/// name and industry follow the registry, and its accounts are attached (moving them, with their complaints,
/// from a brand the importer had made up for an unknown account). A brand that is not the registry's but has the
/// same name (by <see cref="NameKey"/>) as a new registry brand, logged or imported before it was registered, is
/// merged into it: its address redirects. Its law scope (Ley 10/2025) follows the registry too.
/// </summary>
public static class RegistryLoader
{
    public static RegistryLoadResult Apply(DbConnection connection, IReadOnlyList<RegistryEntry> entries)
    {
        using DbTransaction tx = connection.BeginWrite();
        var brands = new BrandStore(connection, tx);
        Dictionary<(string, string), long> current = brands.Accounts().ToDictionary(a => (a.Channel, a.AccountKey), a => a.BrandId);
        int added = 0, updated = 0, attached = 0, merged = 0;
        foreach (RegistryEntry entry in entries)
        {
            Brand? brand = brands.BySlug(entry.Slug);
            if (brand is null)
            {
                Brand? same = brands.ByName(entry.Name);
                brand = brands.Create(entry.Name, entry.Industry, BrandOrigins.Registry, entry.Slug);
                added++;
                if (same is { Origin: not BrandOrigins.Registry } && NameKey.Of(same.DisplayName) == NameKey.Of(entry.Name))
                {
                    brands.Merge(same, brand);
                    merged++;
                }
            }
            else if (brand.DisplayName != entry.Name || brand.Industry != entry.Industry)
            {
                brands.Update(brand.Id, entry.Name, entry.Industry);
                updated++;
            }

            brands.SetLawScope(brand.Id, entry.LawScope);

            foreach ((string channel, string handle) in entry.Accounts)
            {
                if (current.TryGetValue((channel, BrandStore.AccountKey(handle)), out long owner) && owner == brand.Id)
                {
                    continue;
                }

                brands.Attach(channel, handle, brand.Id);
                attached++;
            }
        }

        tx.Commit();
        return new RegistryLoadResult(added, updated, attached, merged);
    }
}
