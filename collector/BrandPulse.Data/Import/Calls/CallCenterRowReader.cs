using System.Globalization;
using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Import.Calls;

/// <summary>
/// Turns records of a call-centre log into <see cref="CallCenterCall"/>s, or into a Rejected issue naming the line, the
/// field and why. Every stage's exit is checked against its start plus its duration; the durations place each moment on
/// the right day when a call crosses midnight. PHANTOM calls are not read further.
/// </summary>
internal sealed class CallCenterRowReader(CallCenterColumns columns, string file)
{
    /// <summary>How far a stage may start from the end of the previous one before the record is called inconsistent.</summary>
    private static readonly TimeSpan s_maxGap = TimeSpan.FromHours(1);

    /// <summary>
    /// The call, or null with an issue (rejected) or without one (a PHANTOM call). <paramref name="outcome"/> is the
    /// outcome when it could be read.
    /// </summary>
    public CallCenterCall? Read(CsvRecord r, out ImportIssue? issue, out string? outcome)
    {
        issue = null;
        outcome = null;
        if (r.Fields.Count != columns.Count)
        {
            issue = Reject(r, null, $"expected {columns.Count} tab-separated fields, found {r.Fields.Count} (a truncated row?)");
            return null;
        }

        if (r.Error is { } error)
        {
            issue = Reject(r, NameOf(error.Field), error.Reason);
            return null;
        }

        string rawOutcome = Field(r, CallCenterColumns.Outcome).ToUpperInvariant();
        if (rawOutcome is not (CallCenterCall.Agent or CallCenterCall.Hang or CallCenterCall.Phantom))
        {
            issue = Reject(r, CallCenterColumns.Outcome, $"outcome '{Show(rawOutcome)}' is not AGENT, HANG or PHANTOM");
            return null;
        }

        outcome = rawOutcome;
        if (outcome == CallCenterCall.Phantom)
        {
            return null;
        }

        string line = Field(r, CallCenterColumns.VruLine);
        string callId = Field(r, CallCenterColumns.CallId);
        if (line.Length == 0 || callId.Length == 0)
        {
            issue = Reject(r, line.Length == 0 ? CallCenterColumns.VruLine : CallCenterColumns.CallId, "empty call identifier");
            return null;
        }

        string rawDate = Field(r, CallCenterColumns.Date);
        if (!DateTime.TryParseExact(rawDate, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
        {
            issue = Reject(r, CallCenterColumns.Date, $"date '{Show(rawDate)}' is not YYMMDD");
            return null;
        }

        if (Stage(r, CallCenterColumns.VruEntry, CallCenterColumns.VruExit, CallCenterColumns.VruTime, out issue) is not { } vru)
        {
            return null;
        }

        if (!vru.Present)
        {
            issue = Reject(r, CallCenterColumns.VruEntry, "no vru_entry (0:00:00 with vru_time 0): the call's start is not recorded");
            return null;
        }

        if (Stage(r, CallCenterColumns.QStart, CallCenterColumns.QExit, CallCenterColumns.QTime, out issue) is not { } queue
            || Stage(r, CallCenterColumns.SerStart, CallCenterColumns.SerExit, CallCenterColumns.SerTime, out issue) is not { } service)
        {
            return null;
        }

        DateTime entry = date.AddSeconds(vru.Start);
        DateTime last = entry.AddSeconds(vru.Seconds);
        DateTime? queueStart = null, queueExit = null, serviceStart = null;
        if (queue.Present)
        {
            if (Place(r, queue.Start, last, CallCenterColumns.QStart, CallCenterColumns.VruExit, out issue) is not { } start)
            {
                return null;
            }

            queueStart = start;
            queueExit = last = start.AddSeconds(queue.Seconds);
        }

        if (service.Present)
        {
            string after = queue.Present ? CallCenterColumns.QExit : CallCenterColumns.VruExit;
            if (Place(r, service.Start, last, CallCenterColumns.SerStart, after, out issue) is not { } start)
            {
                return null;
            }

            serviceStart = start;
            last = start.AddSeconds(service.Seconds);
        }

        string? customer = columns.Has(CallCenterColumns.CustomerId) ? Field(r, CallCenterColumns.CustomerId) : null;
        return new CallCenterCall(r.Line, r.Number, $"{date:yyMMdd}/{line}/{callId}", outcome,
            customer is null or "" or "0" ? null : customer, entry, queueStart, queueExit, serviceStart, last.Date > entry.Date);
    }

    private CallStage? Stage(CsvRecord r, string startName, string exitName, string secondsName, out ImportIssue? issue)
    {
        issue = null;
        string rawStart = Field(r, startName), rawExit = Field(r, exitName), rawSeconds = Field(r, secondsName);
        if (!ClockTime.TryParse(rawStart, out int start))
        {
            issue = Reject(r, startName, $"{startName} '{Show(rawStart)}' is not a time H:MM:SS");
        }
        else if (!ClockTime.TryParse(rawExit, out int exit))
        {
            issue = Reject(r, exitName, $"{exitName} '{Show(rawExit)}' is not a time H:MM:SS");
        }
        else if (!int.TryParse(rawSeconds, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int seconds)
            || seconds >= ClockTime.SecondsPerDay)
        {
            issue = Reject(r, secondsName, $"{secondsName} '{Show(rawSeconds)}' is not a number of seconds under a day");
        }
        else if (seconds < 0)
        {
            issue = Reject(r, secondsName, $"{secondsName} is negative ({seconds} s): {exitName} {rawExit} is before {startName} {rawStart}, so the call's times are unreliable");
        }
        else if (new CallStage(start, exit, seconds) is { Consistent: false })
        {
            issue = Reject(r, exitName, $"{exitName} {rawExit} is not {startName} {rawStart} + {secondsName} {seconds} s");
        }
        else
        {
            return new CallStage(start, exit, seconds);
        }

        return null;
    }

    /// <summary>The moment with clock time <paramref name="clock"/> closest after the previous stage ended.</summary>
    private DateTime? Place(CsvRecord r, int clock, DateTime previous, string name, string previousName, out ImportIssue? issue)
    {
        issue = null;
        DateTime placed = ClockTime.Nearest(clock, previous);
        if ((placed - previous).Duration() > s_maxGap)
        {
            issue = Reject(r, name, $"{name} {Field(r, name)} is more than an hour away from {previousName} {previous:H:mm:ss}");
            return null;
        }

        return placed;
    }

    private string Field(CsvRecord r, string name) => (r.Fields[columns[name]] ?? "").Trim();

    private string? NameOf(int field) => columns.Index.FirstOrDefault(kv => kv.Value == field).Key ?? $"column {field + 1}";

    private ImportIssue Reject(CsvRecord r, string? field, string reason) =>
        new(IssueKind.Rejected, file, r.Line, field, reason, r.Number);

    private static string Show(string s) => s.Length <= 20 ? s : s[..20] + "…";
}
