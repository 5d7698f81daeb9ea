using System.Data.Common;
using BrandPulse.Data;
using Dapper;

namespace BrandPulse.Generator.Publishing;

/// <summary>
/// The edition a database's data calls for: the date (UTC) of its latest event (a complaint made, a first answer, a
/// first substantive answer), never the clock, so building it twice from the same data names the same edition. Made-up
/// (illustrative) data never dates an edition while real data exists: the demo's illustrative campaign runs into 2027.
/// </summary>
public static class DataEdition
{
    /// <summary>The date of the latest event in the database, as an edition name; null when it holds no complaint.</summary>
    public static string? Latest(string databasePath)
    {
        using DbConnection connection = Database.OpenReadOnly(databasePath);
        long? latestMs = connection.ExecuteScalar<long?>("""
            SELECT MAX(MAX(complained_at_ms), COALESCE(MAX(first_response_at_ms), 0), COALESCE(MAX(first_substantive_at_ms), 0))
            FROM complaint
            WHERE illustrative = (SELECT MIN(illustrative) FROM complaint)
            HAVING COUNT(*) > 0;
            """);
        return latestMs is long ms ? Rendering.FigureText.IsoDate(ms) : null;
    }

    /// <summary>
    /// The edition to publish for <c>--edition-of-data</c>: the latest data's date unless that edition is already
    /// published in <paramref name="outputDir"/> (then null: a plain build, so the command can be run again).
    /// </summary>
    public static string? ToPublish(string databasePath, string outputDir) =>
        Latest(databasePath) is { } edition && !Editions.Published(outputDir).Contains(edition, StringComparer.Ordinal) ? edition : null;
}
