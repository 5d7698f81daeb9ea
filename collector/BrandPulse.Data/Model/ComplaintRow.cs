namespace BrandPulse.Data.Model;

/// <summary>
/// A stored complaint as the generator reads it: no handles, no texts, no source keys. Phone rows carry their
/// <see cref="Outcome"/> (<see cref="PhoneOutcomes"/>): <see cref="ComplainedAtMs"/> is when the line connected,
/// <see cref="FirstResponseAtMs"/> when a person answered (null if never), <see cref="ObservedUntilMs"/> when the call
/// ended; a busy or unanswered line has its dialling time as <see cref="ComplainedAtMs"/>. Field data carries its
/// campaign slug and the volunteer's keyed pseudonym.
/// </summary>
public sealed record ComplaintRow(
    long BrandId,
    string Channel,
    string Source,
    long ComplainedAtMs,
    long? FirstResponseAtMs,
    long ObservedUntilMs,
    string? ResponseKind,
    string? Quality,
    bool Illustrative,
    long? FirstSubstantiveAtMs = null,
    string? Outcome = null,
    long? DialedAtMs = null,
    long? AskedPersonAtMs = null,
    bool? MenuOfferedPerson = null,
    string? ComplaintLanguage = null,
    string? AnswerLanguage = null,
    bool? TrackingCode = null,
    string? Campaign = null,
    string? ContributorPseudonym = null)
{
    public bool Answered => FirstResponseAtMs is not null;

    /// <summary>
    /// Whole seconds to the first response, or observed without one (right-censored): the unit every figure is
    /// computed in, published as <c>seconds_waited</c> in the per-complaint download so anyone can recompute them.
    /// </summary>
    public long WaitSeconds => (long)Math.Round(((FirstResponseAtMs ?? ObservedUntilMs) - ComplainedAtMs) / 1000.0, MidpointRounding.AwayFromZero);

    /// <summary><see cref="WaitSeconds"/> in minutes.</summary>
    public double WaitMinutes => WaitSeconds / 60.0;
}

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

    /// <summary>Old addresses of merged brands and the slug each now redirects to.</summary>
    public IReadOnlyList<(string Alias, string Slug)> Aliases => SlugAliases ?? [];
}

/// <summary>Per source: how many complaints, and the period they cover.</summary>
public sealed record SourceSummary(string Source, long Complaints, long FirstMs, long LastMs);

/// <summary>
/// What identifies the state of one brand's complaints: its revision, a new random value in the transaction of every
/// write that changes them (see <c>Store.Revisions</c>). Equal revisions in one database, equal complaints.
/// </summary>
public sealed record BrandStamp(long BrandId, long Revision);
