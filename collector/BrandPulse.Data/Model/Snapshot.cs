namespace BrandPulse.Data.Model;

/// <summary>Everything the generator reads, taken from one consistent snapshot of the database.</summary>
public sealed record Snapshot(
    IReadOnlyList<Brand> Brands,
    IReadOnlyList<BrandAccount> Accounts,
    IReadOnlyList<ComplaintRow> Complaints,
    int SchemaVersion,
    IReadOnlyList<(string Alias, string Slug)>? SlugAliases = null)
{
    /// <summary>
    /// Per source (as in <see cref="ComplaintRow.Source"/>): true when the data set holds only conversations the brand
    /// answered (a selected sample: its answer rates say nothing of unanswered complaints).
    /// </summary>
    public IReadOnlyDictionary<string, bool> DataSets { get; init; } = new Dictionary<string, bool>();

    /// <summary>The field campaigns loaded into the database (parsed from their stored definition), by slug.</summary>
    public IReadOnlyList<Campaign> Campaigns { get; init; } = [];

    /// <summary>Per campaign (in the order of <see cref="Campaigns"/>): attempts and volunteers counted so far.</summary>
    public IReadOnlyList<CampaignCounts> CampaignCounts { get; init; } = [];

    /// <summary>The database's identity (a new one for a database made from scratch).</summary>
    public string DatabaseId { get; init; } = "";

    /// <summary>Per brand, what identifies the state of its complaints.</summary>
    public IReadOnlyList<BrandStamp> Stamps { get; init; } = [];

    /// <summary>The public codes of erased complaints, with the day of each erasure (schema v9).</summary>
    public IReadOnlyList<ErasedReference> ErasedReferences { get; init; } = [];

    /// <summary>Old addresses of merged brands and the slug each now redirects to.</summary>
    public IReadOnlyList<(string Alias, string Slug)> Aliases => SlugAliases ?? [];
}
