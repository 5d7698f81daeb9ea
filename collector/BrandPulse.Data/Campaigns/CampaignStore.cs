using System.Data.Common;
using BrandPulse.Data.Model;
using Dapper;

namespace BrandPulse.Data.Campaigns;

/// <summary>What loading a campaign did.</summary>
public enum CampaignLoadOutcome
{
    Added,
    Updated,
    Unchanged,
}

/// <summary>The <c>campaign</c> table: one row per campaign slug, its file kept as canonical JSON.</summary>
public sealed class CampaignStore(DbConnection connection, DbTransaction? transaction = null)
{
    /// <summary>Stores a validated campaign: a new slug is added, a changed file replaces the stored one.</summary>
    public CampaignLoadOutcome Save(Campaign campaign)
    {
        string definition = CampaignJson.Canonical(campaign);
        string? stored = connection.ExecuteScalar<string?>(
            "SELECT definition FROM campaign WHERE slug = @Slug;", new { campaign.Slug }, transaction);
        if (stored == definition)
        {
            return CampaignLoadOutcome.Unchanged;
        }

        connection.Execute("""
            INSERT INTO campaign (slug, name, definition) VALUES (@Slug, @Name, @definition)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, definition = excluded.definition;
            """, new { campaign.Slug, campaign.Name, definition }, transaction);
        if (stored is not null)
        {
            // Its figures may change (dates, protocol, illustrative): the brands with its complaints get a new revision.
            connection.Execute("""
                UPDATE brand SET revision = @revision
                WHERE id IN (SELECT DISTINCT brand_id FROM complaint WHERE campaign = @Slug);
                """, new { campaign.Slug, revision = Store.Revisions.New() }, transaction);
        }

        return stored is null ? CampaignLoadOutcome.Added : CampaignLoadOutcome.Updated;
    }

    /// <summary>The campaign with this slug, or null.</summary>
    public Campaign? Find(string slug) =>
        connection.ExecuteScalar<string?>("SELECT definition FROM campaign WHERE slug = @slug;", new { slug }, transaction) is { } json
            ? CampaignJson.Parse(json)
            : null;

    /// <summary>Every campaign, by slug.</summary>
    public IReadOnlyList<Campaign> All() =>
        [.. connection.Query<string>("SELECT definition FROM campaign ORDER BY slug;", transaction: transaction).Select(CampaignJson.Parse)];
}
