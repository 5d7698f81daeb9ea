using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Import.Calls;

/// <summary>
/// Where each column of a call-centre log is, found by header name (case and surrounding whitespace ignored).
/// <c>customer_id</c> is optional; <c>priority</c>, <c>type</c> and <c>server</c> are not used.
/// </summary>
internal sealed record CallCenterColumns(IReadOnlyDictionary<string, int> Index, int Count)
{
    public const string VruLine = "vru+line";
    public const string CallId = "call_id";
    public const string CustomerId = "customer_id";
    public const string Date = "date";
    public const string VruEntry = "vru_entry";
    public const string VruExit = "vru_exit";
    public const string VruTime = "vru_time";
    public const string QStart = "q_start";
    public const string QExit = "q_exit";
    public const string QTime = "q_time";
    public const string Outcome = "outcome";
    public const string SerStart = "ser_start";
    public const string SerExit = "ser_exit";
    public const string SerTime = "ser_time";

    public static IReadOnlyList<string> Required { get; } =
        [VruLine, CallId, Date, VruEntry, VruExit, VruTime, QStart, QExit, QTime, Outcome, SerStart, SerExit, SerTime];

    public int this[string name] => Index[name];

    public bool Has(string name) => Index.ContainsKey(name);

    /// <summary>The columns of a header record; throws <see cref="ImportFormatException"/> when it is unusable.</summary>
    public static CallCenterColumns From(CsvRecord header, string file)
    {
        if (header.Error is { } error)
        {
            throw new ImportFormatException(file, header.Line, $"unreadable header: {error.Reason}");
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Fields.Count; i++)
        {
            string name = (header.Fields[i] ?? "").Trim().ToLowerInvariant();
            if (name.Length > 0 && !index.TryAdd(name, i))
            {
                throw new ImportFormatException(file, header.Line, $"column {name} appears twice");
            }
        }

        string[] missing = [.. Required.Where(r => !index.ContainsKey(r))];
        if (missing.Length > 0)
        {
            string seen = string.Join(" ", header.Fields);
            string hint = header.Fields.Count == 1 && (seen.Contains(',') || seen.Contains(';'))
                ? " — the columns must be separated by tabs" : "";
            throw new ImportFormatException(file, header.Line,
                $"expected tab-separated columns {string.Join(" ", Required)}; missing {string.Join(", ", missing)}{hint}");
        }

        return new CallCenterColumns(index, header.Fields.Count);
    }
}
