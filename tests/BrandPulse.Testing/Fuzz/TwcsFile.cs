using System.Globalization;
using System.Text;

namespace BrandPulse.Testing.Fuzz;

/// <summary>
/// Writes a "Customer Support on Twitter" CSV as Python's csv module would (RFC 4180 quoting), with a chosen row end,
/// optional byte-order mark and final newline, and remembers the physical line each row starts on.
/// </summary>
public sealed class TwcsFile
{
    public static readonly string[] Header =
        ["tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id", "in_response_to_tweet_id"];

    private static readonly DateTimeOffset s_start = new(2017, 10, 11, 6, 0, 0, TimeSpan.Zero);

    private readonly List<string[]> _rows = [];

    public TwcsFile(string[]? header = null) => _rows.Add(header ?? Header);

    /// <summary>Rows after the header, in the order added.</summary>
    public int Count => _rows.Count - 1;

    /// <summary>The rows after the header.</summary>
    public IReadOnlyList<string[]> Rows => [.. _rows.Skip(1)];

    /// <summary>Sets field <paramref name="column"/> of row <paramref name="row"/> (1 = first after the header).</summary>
    public TwcsFile Replace(int row, int column, string value)
    {
        _rows[row][column] = value;
        return this;
    }

    /// <summary>Twitter's time format, <c>Wed Oct 11 06:55:44 +0000 2017</c>.</summary>
    public static string Time(int minutesAfterStart) =>
        s_start.AddMinutes(minutesAfterStart).ToString("ddd MMM dd HH:mm:ss '+0000' yyyy", CultureInfo.InvariantCulture);

    public TwcsFile Row(params string[] fields)
    {
        _rows.Add(fields);
        return this;
    }

    /// <summary>A customer's complaint to <paramref name="brand"/> and the brand's reply: one answered complaint.</summary>
    public TwcsFile Conversation(int i, string brand = "AcmeHelp", string? text = null, string? customer = null)
    {
        string complaint = Id(2 * i), reply = Id((2 * i) + 1);
        string who = customer ?? (100_000 + i).ToString(CultureInfo.InvariantCulture);
        Row(complaint, who, "True", Time(i * 7), text ?? $"@{brand} my order {i} is late", reply, "");
        return Row(reply, brand, "False", Time((i * 7) + (i % 5) + 1), $"@{who} sorry to hear that, please DM us the order number", "", complaint);
    }

    /// <summary>A customer's complaint nobody answered (still waiting), mentioning <paramref name="brand"/>.</summary>
    public TwcsFile Waiting(int i, string brand = "AcmeHelp", string? text = null, string? id = null, string? createdAt = null) =>
        Row(id ?? Id(2 * i), (100_000 + i).ToString(CultureInfo.InvariantCulture), "True", createdAt ?? Time(i * 7),
            text ?? $"@{brand} still waiting for a refund {i}", "", "");

    public static string Id(int n) => (500_000 + n).ToString(CultureInfo.InvariantCulture);

    /// <summary>The physical line (1-based) on which row <paramref name="row"/> (0 = header) starts, with LF or CRLF ends.</summary>
    public int LineOf(int row) => 1 + _rows.Take(row).Sum(r => 1 + r.Sum(f => f.Count(c => c == '\n')));

    public byte[] Bytes(string newline = "\n", bool bom = false, bool finalNewline = true, char delimiter = ',', Encoding? encoding = null)
    {
        var text = new StringBuilder();
        for (int i = 0; i < _rows.Count; i++)
        {
            text.Append(string.Join(delimiter, _rows[i].Select(f => Quote(f, delimiter))));
            if (i < _rows.Count - 1 || finalNewline)
            {
                text.Append(newline == "mixed" ? (i % 2 == 0 ? "\r\n" : "\n") : newline);
            }
        }

        encoding ??= new UTF8Encoding(false);
        byte[] body = encoding.GetBytes(text.ToString());
        return bom ? [.. encoding.GetPreamble().Length > 0 ? encoding.GetPreamble() : [0xEF, 0xBB, 0xBF], .. body] : body;
    }

    private static string Quote(string field, char delimiter) =>
        field.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
