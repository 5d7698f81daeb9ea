using BrandPulse.Data.Model;

namespace BrandPulse.Data.Import;

/// <summary>What an importer read from one input: the complaints, the problems, and counts worth reporting.</summary>
public sealed record ParsedInput(
    string Source,
    string InputName,
    IReadOnlyList<ComplaintInput> Complaints,
    IReadOnlyList<ImportIssue> Issues,
    IReadOnlyDictionary<string, long> Counts)
{
    public int Rejected => Issues.Count(i => i.Kind == IssueKind.Rejected);
}
