using System.Security.Cryptography;
using System.Text;
using BrandPulse.Data.Import.Spreadsheet;
using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Import.Calls;

/// <summary>
/// Reads a generic call log (telephony exports, mystery shoppers): one call a row,
/// <c>brand,number_called,started_at,answered_at,abandoned_at[,ref]</c>. <c>answered_at</c> is when a human answered,
/// <c>abandoned_at</c> when the caller hung up before one did: exactly one of them (outcome <c>reached_person</c> or
/// <c>abandoned</c>). Times are ISO 8601 with an offset,
/// or without one only when a zone is given. The key is <c>ref</c>, else a hash of the call's fields.
/// </summary>
public static class CallLogParser
{
    /// <summary>The source prefix: the source is <c>call-log:</c> + the file name without extension.</summary>
    public const string SourcePrefix = "call-log:";

    private const string Expected = "brand,number_called,started_at,answered_at,abandoned_at[,ref]";

    /// <summary>The call log at <paramref name="path"/>, read as a stream: its calls are held compactly (<see cref="CallRows"/>), never the file.</summary>
    public static ParsedInput Parse(string path, TimeZoneInfo? zone, long nowMs)
    {
        string inputName = Path.GetFileName(path);
        using HeaderedCsv? csv = HeaderedCsv.OpenFile(path, inputName);
        return csv is null ? HeaderedCsv.Empty(SourceOf(inputName), inputName) : Parse(csv, inputName, zone, nowMs);
    }

    public static ParsedInput Parse(byte[] bytes, string inputName, TimeZoneInfo? zone, long nowMs)
    {
        if (HeaderedCsv.IsBlank(bytes))
        {
            return HeaderedCsv.Empty(SourceOf(inputName), inputName);
        }

        using var csv = new HeaderedCsv(bytes, inputName);
        return Parse(csv, inputName, zone, nowMs);
    }

    private static string SourceOf(string inputName) => SourcePrefix + Path.GetFileNameWithoutExtension(inputName);

    private static ParsedInput Parse(HeaderedCsv csv, string inputName, TimeZoneInfo? zone, long nowMs)
    {
        string source = SourceOf(inputName);
        csv.Require(["brand", "number_called", "started_at", "answered_at", "abandoned_at"], Expected);
        var time = new SpreadsheetTime(null, zone);
        var issues = new List<ImportIssue>();
        var calls = new CallRows(source);
        long rows = 0;
        foreach (CsvRecord r in csv.Rows())
        {
            rows++;
            if (Read(csv, r, time, nowMs, issues) is not { } call)
            {
                continue;
            }

            string key = call.Ref ?? "auto-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                $"{Registry.NameKey.Of(call.Brand)}|{call.Number}|{call.Started}|{call.Answered}|{call.Abandoned}")))[..20];
            if (!calls.TryAdd(key, call.Brand, call.Started, call.Answered, call.Abandoned, r.Line, out int firstLine))
            {
                issues.Add(new ImportIssue(IssueKind.Rejected, inputName, r.Line, call.Ref is null ? null : "ref",
                    $"the same call as line {firstLine}", r.Number));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["rows"] = rows,
            ["answered"] = calls.Answered,
            ["abandoned"] = calls.Count - calls.Answered,
            ["rejected"] = issues.Count,
        };
        issues.AddRange(csv.Rejoins);
        return new ParsedInput(source, inputName, calls, issues, counts);
    }

    private sealed record Call(string Brand, string Number, long Started, long? Answered, long? Abandoned, string? Ref);

    private static Call? Read(HeaderedCsv csv, CsvRecord r, SpreadsheetTime time, long nowMs, List<ImportIssue> issues)
    {
        void Reject(string? field, string reason) => issues.Add(new ImportIssue(IssueKind.Rejected, csv.File, r.Line, field, reason, r.Number));

        if (csv.Unreadable(r) is { } unreadable)
        {
            issues.Add(unreadable);
            return null;
        }

        string Get(string name) => csv.Column(name) is int i ? (r.Fields[i] ?? "").Trim() : "";
        int before = issues.Count;
        string brand = Get("brand");
        if (brand.Length is 0 or > 200)
        {
            Reject("brand", brand.Length == 0 ? "brand is empty" : "brand name is longer than 200 characters");
        }

        long? At(string name, bool required)
        {
            string text = Get(name);
            if (text.Length == 0 && !required)
            {
                return null;
            }

            if (time.TryParse(text, out long ms, out string reason))
            {
                return ms;
            }

            Reject(name, reason);
            return null;
        }

        long? started = At("started_at", true), answered = At("answered_at", false), abandoned = At("abandoned_at", false);
        if (issues.Count == before)
        {
            if ((answered is null) == (abandoned is null))
            {
                Reject("answered_at", answered is null
                    ? "neither answered_at nor abandoned_at: give exactly one"
                    : "both answered_at and abandoned_at: give exactly one");
            }
            else if ((answered ?? abandoned) < started)
            {
                Reject(answered is null ? "abandoned_at" : "answered_at", "before started_at");
            }
            else if (started > nowMs + 120_000)
            {
                Reject("started_at", "in the future");
            }
        }

        string reference = Get("ref");
        return issues.Count == before
            ? new Call(brand, Get("number_called"), started!.Value, answered, abandoned, reference.Length == 0 ? null : reference)
            : null;
    }
}
