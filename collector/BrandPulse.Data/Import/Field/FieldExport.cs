namespace BrandPulse.Data.Import.Field;

/// <summary>
/// What a field export held: per campaign, the attempts to store (one <see cref="ParsedInput"/> each, source
/// <c>field:&lt;slug&gt;</c>); the problems of rows that belong to no loaded campaign; and per volunteer, attempts
/// accepted and rejected.
/// </summary>
public sealed record FieldExport(
    IReadOnlyList<ParsedInput> Campaigns,
    IReadOnlyList<ImportIssue> Unplaced,
    IReadOnlyList<VolunteerTally> Volunteers)
{
    public int Rejected => Campaigns.Sum(c => c.Rejected) + Unplaced.Count(i => i.Kind == IssueKind.Rejected);
}

/// <summary>
/// One volunteer's attempts in an export, by the short form of their keyed pseudonym (never their name):
/// organisers spot a volunteer who needs help without learning who they are.
/// </summary>
public sealed record VolunteerTally(string Pseudonym, int Accepted, int Rejected);
