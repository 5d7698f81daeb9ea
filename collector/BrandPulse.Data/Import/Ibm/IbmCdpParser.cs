using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Import.Ibm;

/// <summary>
/// Reads IBM's "twitter-customer-care-document-prediction" conversations (a JSON array) into complaints. Every
/// conversation in that data set was selected because the brand answered, so none is waiting: the counts say so
/// (<c>selected_because_answered</c> = 1) and the figures must not be read as an unbiased answer rate.
/// <para>
/// The JSON is read strictly (no comments, no trailing commas); a malformed file throws
/// <see cref="ImportFormatException"/> with its line and byte. A conversation with a missing or bad field is rejected
/// (its array index is the record number, its JSON path the field) and the others are imported. The file is held in
/// memory as bytes while one conversation at a time is parsed.
/// </para>
/// </summary>
public static class IbmCdpParser
{
    public const string Source = "ibm-cdp";

    public static ParsedInput Parse(string path, Pseudonymizer pseudonymizer) =>
        Parse(File.ReadAllBytes(path), Path.GetFileName(path), pseudonymizer);

    /// <param name="inputName">The name used in issues and <see cref="ParsedInput.InputName"/> (usually the file name).</param>
    public static ParsedInput Parse(Stream stream, string inputName, Pseudonymizer pseudonymizer)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Parse(copy.ToArray(), inputName, pseudonymizer);
    }

    private static ParsedInput Parse(byte[] json, string file, Pseudonymizer pseudonymizer)
    {
        var issues = new List<ImportIssue>();
        var complaints = new List<ComplaintInput>();
        var sessions = new Dictionary<string, long>(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["conversations"] = 0,
            ["complaints"] = 0,
            ["answered_by_agent_turn"] = 0,
            ["answered_by_agent_url"] = 0,
            ["rejected"] = 0,
            ["negative_latency"] = 0,
            ["selected_because_answered"] = 1,
        };
        long latest = 0;
        IbmJsonArray.ForEach(json, file, (index, line, element) =>
        {
            counts["conversations"]++;
            try
            {
                IbmConversation c = IbmConversation.From(element);
                if (!sessions.TryAdd(c.SessionId, index))
                {
                    throw new IbmFieldException("dialogHeader.sessionID", $"sessionID repeats conversation [{sessions[c.SessionId]}]");
                }

                latest = Math.Max(latest, c.LatestMs);
                complaints.Add(new ComplaintInput(Source, c.SessionId, Channels.Twitter, c.Company, null, c.ComplainedAtMs,
                    c.FirstResponseAtMs, 0, pseudonymizer.Of(c.Client), c.ResponseKind, Line: line,
                    FirstSubstantiveAtMs: c.FirstSubstantiveAtMs, ComplaintLanguage: c.ComplaintLanguage, AnswerLanguage: c.AnswerLanguage));
                counts["complaints"]++;
                counts[c.AnsweredByAgentTurn ? "answered_by_agent_turn" : "answered_by_agent_url"]++;
                if (complaints[^1].Quality is not null)
                {
                    counts["negative_latency"]++;
                    issues.Add(new ImportIssue(IssueKind.Warning, file, line, null,
                        $"first response is earlier than the complaint: kept, flagged {complaints[^1].Quality}", index));
                }
            }
            catch (Exception e) when (e is IbmFieldException or InvalidOperationException)
            {
                counts["rejected"]++;
                string field = e is IbmFieldException f ? $"[{index}].{f.Field}" : $"[{index}]";
                issues.Add(new ImportIssue(IssueKind.Rejected, file, line, field, e.Message, index));
            }
        });

        ComplaintInput[] observed = [.. complaints.Select(c => c with { ObservedUntilMs = latest })];
        return new ParsedInput(Source, file, observed, issues, counts);
    }
}
