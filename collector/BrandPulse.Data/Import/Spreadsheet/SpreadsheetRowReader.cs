using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Import.Spreadsheet;

/// <summary>Turns one spreadsheet row into a complaint, or adds Rejected issues naming the column and why.</summary>
internal sealed class SpreadsheetRowReader(HeaderedCsv csv, SpreadsheetMapping map, SpreadsheetOptions options, string source)
{
    private readonly SpreadsheetTime _time = new(options.TimeFormat, options.Zone);

    public ComplaintInput? Read(CsvRecord r, List<ImportIssue> issues)
    {
        int before = issues.Count;
        void Reject(string? column, string reason) => issues.Add(new ImportIssue(IssueKind.Rejected, csv.File, r.Line, column, reason, r.Number));

        if (csv.Unreadable(r) is { } unreadable)
        {
            issues.Add(unreadable);
            return null;
        }

        string? Get(string? column) => column is null ? null : (r.Fields[csv.Column(column)!.Value] ?? "").Trim();
        string? brand = Get(map.Brand), account = Get(map.Account);
        if (string.IsNullOrEmpty(brand) && string.IsNullOrEmpty(account))
        {
            Reject(map.Brand ?? map.Account, map.Brand is not null && map.Account is not null ? "brand and account are both empty" : "empty");
        }
        else if (brand?.Length > 200 || account?.Length > 200)
        {
            Reject(brand?.Length > 200 ? map.Brand : map.Account, "longer than 200 characters");
        }

        string rawChannel = Get(map.Channel) ?? options.Channel ?? "";
        string? channel = Channels.Normalize(rawChannel);
        if (channel is null)
        {
            Reject(map.Channel, $"unknown channel '{(rawChannel.Length <= 40 ? rawChannel : rawChannel[..40] + "…")}'; allowed: {Channels.AllowedList} (x is twitter)");
        }

        long? At(string? column, bool required)
        {
            string? text = Get(column);
            if (column is null || (!required && string.IsNullOrEmpty(text)))
            {
                return null;
            }

            if (_time.TryParse(text, out long ms, out string reason))
            {
                return ms;
            }

            Reject(column, reason);
            return null;
        }

        long? complained = At(map.ComplainedAt, true), answered = At(map.AnsweredAt, false), observed = At(map.ObservedUntil, false);
        if (issues.Count == before && answered < complained)
        {
            Reject(map.AnsweredAt, "answered before the complaint was made");
        }
        else if (issues.Count == before && complained > options.NowMs + 120_000)
        {
            Reject(map.ComplainedAt, "complaint time is in the future");
        }

        if (issues.Count != before)
        {
            return null;
        }

        string reference = Get(map.Ref) ?? "";
        string whose = string.IsNullOrEmpty(account) ? brand! : "@" + account;
        string key = reference.Length > 0 ? reference : SpreadsheetParser.AutoKey(whose, channel!, complained!.Value, answered);
        long until = answered ?? Math.Max(observed ?? options.NowMs, complained!.Value);
        return new ComplaintInput(source, key, channel!, string.IsNullOrEmpty(account) ? null : account,
            string.IsNullOrEmpty(brand) ? null : brand, complained!.Value, answered, until, Line: r.Line);
    }
}
