using System.Collections.Concurrent;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Pipeline;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// Keeps the figures of the brands computed in this build (with the hash of the complaints download written from them),
/// so that the next build reads and computes only the brands that change, with the digest of each one's figures per
/// channel (for the keys of the pages that list many brands); drops the entries of brands that left. Then
/// drops the complaints themselves: nothing after this stage needs them.
/// </summary>
public static class KeepBrandFigures
{
    public static void Run(BuildState state)
    {
        Dictionary<long, Brand> brands = state.Snapshot.Brands.ToDictionary(b => b.Id);
        var digests = new ConcurrentDictionary<(long, string), string>();
        Parallel.ForEach(state.Computed, c =>
        {
            IReadOnlyDictionary<string, string> own = BrandCacheFormat.ChannelDigests(c);
            state.BrandStore.Save(state.Plan.Keys[c.BrandId],
                new BrandCacheEntry(c, brands[c.BrandId].DisplayName, state.ComplaintHashes[c.BrandId]) { ChannelDigests = own });
            foreach ((string channel, string digest) in own)
            {
                digests[(c.BrandId, channel)] = digest;
            }
        });
        foreach ((long id, BrandCacheEntry entry) in state.Plan.Reused)
        {
            foreach ((string channel, string digest) in entry.ChannelDigests)
            {
                digests[(id, channel)] = digest;
            }
        }

        state.ChannelDigests = digests;
        state.BrandStore.Prune(state.Model.Brands.Select(b => b.Brand.Id).ToHashSet());

        bool manyRows = state.ManyRows;
        state.Rows = new Dictionary<long, List<ComplaintRow>>();
        state.Computed = [];
        state.Snapshot = state.Snapshot with { Complaints = [] };
        if (manyRows)
        {
            BuildState.ReleaseMemory(); // a million rows are not needed past this point
        }
    }
}
