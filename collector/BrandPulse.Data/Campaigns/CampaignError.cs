namespace BrandPulse.Data.Campaigns;

/// <summary>What is wrong with a campaign file: the file, the field (a JSON path like <c>brands[0].contacts[1].channel</c>), why.</summary>
public sealed record CampaignError(string File, string Field, string Why, long? Line = null)
{
    public override string ToString() => $"{File}{(Line is long l ? ":" + l : "")}: {Field}: {Why}";
}
