using System.Data.Common;
using BrandPulse.Data.Import.Field;
using BrandPulse.Data.Model;
using Dapper;

namespace BrandPulse.Data.Store;

/// <summary>
/// Counts each campaign's stored attempts and volunteers. A campaign's complaints are its source
/// (<c>field:</c> + slug), so the count reads them through the (source, source_key) index, never the whole table.
/// </summary>
public static class CampaignCountReader
{
    /// <param name="cutoffMs">For an edition: only attempts made before it.</param>
    public static IReadOnlyList<CampaignCounts> Read(DbConnection connection, DbTransaction? tx, IEnumerable<Campaign> campaigns, long? cutoffMs)
    {
        var counts = new List<CampaignCounts>();
        foreach (Campaign campaign in campaigns)
        {
            var args = new { Source = FieldExportParser.SourcePrefix + campaign.Slug, CutoffMs = cutoffMs };
            (long attempts, long volunteers) = connection.QuerySingle<(long, long)>("""
                SELECT COUNT(*), COUNT(DISTINCT contributor_pseudonym)
                FROM complaint
                WHERE source = @Source AND (@CutoffMs IS NULL OR complained_at_ms < @CutoffMs);
                """, args, tx);
            // Only when there are rows: an empty result gives Dapper no column types to map the counts from.
            List<CampaignBrandCount> perBrand = attempts == 0 ? [] : connection.Query<CampaignBrandCount>("""
                SELECT brand_id AS BrandId, channel AS Channel, COUNT(*) AS Attempts, COUNT(DISTINCT contributor_pseudonym) AS Volunteers
                FROM complaint
                WHERE source = @Source AND (@CutoffMs IS NULL OR complained_at_ms < @CutoffMs)
                GROUP BY brand_id, channel
                ORDER BY brand_id, channel;
                """, args, tx).AsList();
            counts.Add(new CampaignCounts(campaign.Slug, attempts, volunteers, perBrand));
        }

        return counts;
    }
}
