using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Import.Calls;

/// <summary>
/// Reads a call-centre log (tab-separated, one call a row, local times; the format of the Technion SEE "anonymous bank"
/// data) into phone complaints of one brand.
/// <para>
/// A call's complaint starts when it enters the voice menu (<c>vru_entry</c>): time with the robot counts as waiting.
/// It is answered when a human answers (<c>ser_start</c>): outcome <c>reached_person</c>. A caller who hangs up after
/// joining the queue for a human gave up at <c>q_exit</c>: outcome <c>abandoned</c>, never answered (a competing
/// outcome, not a censoring). A call that ends in the voice menu without queueing for a human is self-service and left
/// out (counted); PHANTOM calls are skipped (counted); an AGENT call whose answer time is not recorded is left out with
/// an issue. A bad record is rejected with its physical line; the others are imported.
/// </para>
/// Local times are turned into UTC in the zone given (never the machine's); a time that did not exist or happened twice
/// (daylight saving) rejects its call.
/// </summary>
public static class CallCenterParser
{
    /// <summary>The source prefix: the source is <c>calls:</c> + the file name without extension.</summary>
    public const string SourcePrefix = "calls:";

    public static ParsedInput Parse(string path, string brand, TimeZoneInfo zone, Pseudonymizer? pseudonymizer = null)
    {
        using FileStream stream = File.OpenRead(path);
        return Parse(stream, Path.GetFileName(path), brand, zone, pseudonymizer);
    }

    /// <param name="inputName">The name used in issues and in the source (usually the file name).</param>
    public static ParsedInput Parse(Stream stream, string inputName, string brand, TimeZoneInfo zone, Pseudonymizer? pseudonymizer = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        string source = SourcePrefix + Path.GetFileNameWithoutExtension(inputName);
        var issues = new List<ImportIssue>();
        var complaints = new List<ComplaintInput>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["calls"] = 0,
            ["agent"] = 0,
            ["hang"] = 0,
            ["phantom"] = 0,
            ["answered"] = 0,
            ["hung_up_in_queue"] = 0,
            ["self_service"] = 0,
            ["crossed_midnight"] = 0,
        };
        CallCenterRowReader? reader = null;
        foreach (CsvRecord record in new CsvRecordReader(stream, (byte)'\t', inputName).Records())
        {
            if (reader is null)
            {
                reader = new CallCenterRowReader(CallCenterColumns.From(record, inputName), inputName);
                continue;
            }

            counts["calls"]++;
            CallCenterCall? call = reader.Read(record, out ImportIssue? issue, out string? outcome);
            if (outcome is not null)
            {
                counts[outcome.ToLowerInvariant()]++;
            }

            if (call is null)
            {
                if (issue is not null)
                {
                    issues.Add(issue);
                }

                continue;
            }

            if (!lines.TryAdd(call.Key, call.Line))
            {
                issues.Add(Issue(IssueKind.Rejected, inputName, call, CallCenterColumns.CallId,
                    $"call {call.Key} repeats the call on line {lines[call.Key]}"));
                continue;
            }

            if (ToComplaint(call, inputName, source, brand, zone, pseudonymizer, counts, out ImportIssue? problem) is { } complaint)
            {
                complaints.Add(complaint);
                counts["crossed_midnight"] += call.CrossesMidnight ? 1 : 0;
            }
            else if (problem is not null)
            {
                issues.Add(problem);
            }
        }

        counts["rejected"] = issues.Count(i => i.Kind == IssueKind.Rejected);
        return new ParsedInput(source, inputName, complaints, issues, counts);
    }

    private static ComplaintInput? ToComplaint(
        CallCenterCall call, string file, string source, string brand, TimeZoneInfo zone, Pseudonymizer? pseudonymizer,
        Dictionary<string, long> counts, out ImportIssue? issue)
    {
        issue = null;
        (DateTime? until, string untilField, string? kind) = call switch
        {
            { Outcome: CallCenterCall.Agent, ServiceStart: { } human } => (human, CallCenterColumns.SerStart, AnswerKinds.Human),
            { Outcome: CallCenterCall.Agent } => ((DateTime?)null, CallCenterColumns.SerStart, (string?)null),
            { QueueExit: { } hungUp } => (hungUp, CallCenterColumns.QExit, AnswerKinds.RobotOnly),
            _ => (null, "", null),
        };
        if (until is null)
        {
            if (call.Outcome == CallCenterCall.Agent)
            {
                issue = Issue(IssueKind.LeftOut, file, call, CallCenterColumns.SerStart,
                    "AGENT call without ser_start (0:00:00 with ser_time 0): when a human answered is not recorded");
            }
            else
            {
                counts["self_service"]++;
            }

            return null;
        }

        if (!ZonedTime.TryToUnixMs(call.Entry, zone, out long complained, out string error))
        {
            issue = Issue(IssueKind.Rejected, file, call, CallCenterColumns.VruEntry, error);
            return null;
        }

        if (!ZonedTime.TryToUnixMs(until.Value, zone, out long end, out error))
        {
            issue = Issue(IssueKind.Rejected, file, call, untilField, error);
            return null;
        }

        bool answered = kind == AnswerKinds.Human;
        counts[answered ? "answered" : "hung_up_in_queue"]++;
        return new ComplaintInput(source, call.Key, Channels.Phone, null, brand.Trim(), complained,
            answered ? end : null, end,
            ComplainantPseudonym: call.CustomerId is { } id ? pseudonymizer?.Of($"phone:{brand.Trim()}:{id}") : null,
            ResponseKind: kind, Line: call.Line, FirstSubstantiveAtMs: answered ? end : null,
            Outcome: answered ? PhoneOutcomes.ReachedPerson : PhoneOutcomes.Abandoned);
    }

    private static ImportIssue Issue(IssueKind kind, string file, CallCenterCall call, string field, string reason) =>
        new(kind, file, call.Line, field, reason, call.Record);
}
