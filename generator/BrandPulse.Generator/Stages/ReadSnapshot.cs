using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Pipeline;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The read stage: one consistent snapshot of the database, opened read-only, schema version checked. Inside its
/// transaction the brand cache plans which brands' complaints are read (those that changed since the last build;
/// every brand's the first time); the others' figures are kept from the last build.
/// </summary>
public static class ReadSnapshot
{
    public static void Run(BuildState state)
    {
        state.Snapshot = From(state.Options.DatabasePath, state.CutoffMs, index =>
        {
            state.Plan = BrandCachePlan.Choose(index, state.CutoffMs, state.BrandStore,
                (brand, hash) => state.Published.CanReuse(RenderDownloads.ComplaintsPath(brand), hash));
            return state.Plan.Read;
        });
    }

    /// <param name="rowsFor">Which brands' complaints to read, given the snapshot without them (see <see cref="SnapshotReader.Read"/>).</param>
    public static Snapshot From(string databasePath, long? cutoffMs = null, Func<Snapshot, IReadOnlySet<long>?>? rowsFor = null)
    {
        using DbConnection connection = Database.OpenReadOnly(databasePath);
        return SnapshotReader.Read(connection, cutoffMs, rowsFor,
            Database.IsPostgres(databasePath) ? null : () => Database.OpenReadOnly(databasePath));
    }
}
