using BrandPulse.Data.Model;

namespace BrandPulse.Data.Import;

/// <summary>
/// What an importer read from one input: the complaints, the problems, and counts worth reporting.
/// <see cref="ObservationEndMs"/> is set by sources whose waiting complaints are observed up to the latest moment
/// the source shows (a tweet archive): a later input of the same source then extends every complaint still
/// waiting. Sources whose waits end on their own (a caller hanging up) leave it null.
/// </summary>
public sealed record ParsedInput(
    string Source,
    string InputName,
    IReadOnlyList<ComplaintInput> Complaints,
    IReadOnlyList<ImportIssue> Issues,
    IReadOnlyDictionary<string, long> Counts,
    long? ObservationEndMs = null)
{
    /// <summary>
    /// Whether reading the same file again restates its stored complaints (brand, account, first response) rather
    /// than only adding what is new: true for files that hold whole conversations, read by rules that may change.
    /// </summary>
    public bool Restates { get; init; }

    public int Rejected => Issues.Count(i => i.Kind == IssueKind.Rejected);
}
