using System.Globalization;
using System.Text;

namespace BrandPulse.Testing.Fuzz;

/// <summary>
/// The catalogue's twcs fixtures (RELIABILITY.md part A), generated deterministically from a seed: the same seed gives
/// the same bytes on every machine. Each says what a correct import makes of it.
/// </summary>
public static class TwcsFixtures
{
    /// <summary>Conversations in the well-formed fixtures (each one answered complaint).</summary>
    public const int Conversations = 6;

    public static FuzzFixture Ok(string name = "ok_lf.csv", string newline = "\n", bool bom = false, bool finalNewline = true) =>
        new(name, Good().Bytes(newline, bom, finalNewline), Conversations, [], SameAs: name == "ok_lf.csv" ? null : "ok_lf.csv");

    /// <summary>Every fixture, with <paramref name="hugeFieldBytes"/> for the huge-field one (50 MiB in the full run).</summary>
    public static IReadOnlyList<FuzzFixture> All(int seed = 1, int hugeFieldBytes = 1 << 20) =>
    [
        Ok(),
        Ok("ok_crlf.csv", "\r\n"),
        Ok("ok_cr_only.csv", "\r"),
        Ok("ok_mixed_endings.csv", "mixed"),
        Ok("ok_no_final_newline.csv", "\r\n", finalNewline: false),
        Ok("ok_bom.csv", bom: true),
        Reordered(seed),
        new("header_extra_column.csv", WithColumn(c => c.Insert(0, ""), (r, i) => r.Prepend(i.ToString(CultureInfo.InvariantCulture))).Bytes(), Conversations, [], SameAs: "ok_lf.csv"),
        new("header_case_whitespace.csv", Good([.. TwcsFile.Header.Select(h => " " + h.ToUpperInvariant() + " ")]).Bytes("\r\n"), Conversations, [], SameAs: "ok_lf.csv"),
        new("missing_column.csv", WithColumn(c => c.Remove("inbound"), (r, _) => r.Where((_, k) => k != 2)).Bytes(), null, [], @"missing_column\.csv:1:.*inbound"),
        new("duplicate_text_column.csv", WithColumn(c => c.Add("text"), (r, _) => r.Append("again")).Bytes(), null, [], @"duplicate_text_column\.csv:1:.*text"),
        new("semicolon_delimited.csv", Good().Bytes(delimiter: ';'), null, [], @"semicolon_delimited\.csv:1:.*';'"),
        new("empty.csv", [], 0, []),
        new("header_only.csv", new TwcsFile().Bytes(), 0, []),
        new("bom_only.csv", [0xEF, 0xBB, 0xBF], 0, []),
        new("blank_lines_only.csv", "\r\n\n\r\n"u8.ToArray(), 0, []),
        QuotedNewline(),
        InvalidUtf8(),
        new("ok_utf16le_bom.csv", Good().Bytes(encoding: new UnicodeEncoding(false, true), bom: true), null, [], "UTF-16"),
        Controls(),
        Unterminated(),
        HugeField(hugeFieldBytes),
        ExcelIds(),
        BadValues(seed),
    ];

    /// <summary>A well-formed file of <paramref name="conversations"/> answered complaints (for crash loops and big inputs).</summary>
    public static TwcsFile Big(int conversations)
    {
        var file = new TwcsFile();
        for (int i = 0; i < conversations; i++)
        {
            file.Conversation(i);
        }

        return file;
    }

    /// <summary>The first bytes of a well-formed file, cut at a seeded position inside its second half; and the whole.</summary>
    public static (byte[] Cut, byte[] Whole) Truncated(int seed, int conversations = 40)
    {
        byte[] whole = Big(conversations).Bytes();
        int at = new Random(seed).Next(whole.Length / 2, whole.Length - 1);
        return (whole[..at], whole);
    }

    private static TwcsFile Good(string[]? header = null)
    {
        var file = new TwcsFile(header);
        for (int i = 0; i < Conversations; i++)
        {
            file.Conversation(i);
        }

        return file;
    }

    private static FuzzFixture Reordered(int seed)
    {
        int[] order = [.. Enumerable.Range(0, TwcsFile.Header.Length)];
        new Random(seed).Shuffle(order);
        TwcsFile file = WithColumn(names =>
        {
            names.Clear();
            names.AddRange(order.Select(k => TwcsFile.Header[k]));
        }, (r, _) => order.Select(k => r.ElementAt(k)));
        return new FuzzFixture("header_reordered.csv", file.Bytes(), Conversations, [], SameAs: "ok_lf.csv");
    }

    /// <summary>The good rows with the header changed by <paramref name="header"/> and each row by <paramref name="row"/>.</summary>
    private static TwcsFile WithColumn(Action<List<string>> header, Func<IEnumerable<string>, int, IEnumerable<string>> row)
    {
        List<string> names = [.. TwcsFile.Header];
        header(names);
        var file = new TwcsFile([.. names]);
        foreach ((string[] fields, int i) in Good().Rows.Select((f, i) => (f, i)))
        {
            file.Row([.. row(fields, i)]);
        }

        return file;
    }

    private static FuzzFixture QuotedNewline()
    {
        var file = new TwcsFile();
        file.Conversation(0, text: "@AcmeHelp line1\nline2 \"quoted\" , comma\r\nline3");
        file.Conversation(1);
        file.Waiting(2, createdAt: "Wed Oct 11 25:00:00 +0000 2017"); // row 5: a bad time two records after the quoted one
        file.Conversation(3);
        return new FuzzFixture("quoted_newline.csv", file.Bytes(), 3, [file.LineOf(5)]);
    }

    private static FuzzFixture InvalidUtf8()
    {
        // Line 2: a complaint saved as Windows-1252 (é = 0xE9), then two good conversations.
        byte[] bad = [.. "500900,100900,True,Wed Oct 11 06:00:00 +0000 2017,@AcmeHelp caf"u8, 0xE9, .. " au lait cold,,\n"u8];
        var rest = new TwcsFile();
        rest.Conversation(0).Conversation(1);
        byte[] body = rest.Bytes();
        int headerEnd = Array.IndexOf(body, (byte)'\n') + 1;
        return new FuzzFixture("invalid_utf8_line2.csv", [.. body[..headerEnd], .. bad, .. body[headerEnd..]], 2, [2]);
    }

    private static FuzzFixture Controls()
    {
        // A brand account whose name carries NUL and other C0 controls: the reply record (line 5) is rejected, so its
        // complaint is left out rather than scored without its answer.
        var file = new TwcsFile();
        file.Conversation(0);
        file.Conversation(1, brand: "Acme\u0000Help\u0001\u001B");
        file.Conversation(2);
        return new FuzzFixture("nul_byte.csv", file.Bytes(), 3, [5]) { Tolerance = 1 };
    }

    private static FuzzFixture Unterminated()
    {
        var file = new TwcsFile();
        file.Conversation(0);                          // lines 2-3
        file.Waiting(1, text: "\"@AcmeHelp never closed"); // line 4: the quote opens a field that never ends
        file.Conversation(2);
        byte[] bytes = file.Bytes();
        string text = Encoding.UTF8.GetString(bytes).Replace("\"\"\"@AcmeHelp never closed\"", "\"@AcmeHelp never closed", StringComparison.Ordinal);
        return new FuzzFixture("unterminated_quote.csv", Encoding.UTF8.GetBytes(text), 1, [4]);
    }

    private static FuzzFixture HugeField(int bytes)
    {
        var file = new TwcsFile();
        file.Waiting(0, text: "@AcmeHelp " + new string('A', bytes));
        file.Conversation(1);
        return new FuzzFixture("huge_field.csv", file.Bytes(), 2, []) { Tolerance = 1 };
    }

    private static FuzzFixture ExcelIds()
    {
        var file = new TwcsFile();
        file.Conversation(0);                        // lines 2-3
        file.Waiting(1, id: "1.18765E+18");         // line 4: precision lost
        file.Waiting(2, id: "500004.0");            // line 5: pandas float, exactly whole: accepted
        file.Waiting(3, id: "'1187654321098765432"); // line 6: Excel's text prefix
        file.Waiting(4, id: "7.5");                 // line 7: not whole
        return new FuzzFixture("excel_scientific_id.csv", file.Bytes(), 2, [4, 6, 7]);
    }

    /// <summary>Good conversations with bad waiting complaints sprinkled at seeded positions: bad time, inbound, empty author.</summary>
    private static FuzzFixture BadValues(int seed)
    {
        var random = new Random(seed);
        var file = new TwcsFile();
        var bad = new List<int>();
        int good = 0;
        string[][] mutations =
        [
            ["created_at", "2017-10-11 06:00:00"],
            ["created_at", "Thu Oct 11 06:00:00 +0000 2017"],
            ["created_at", "Wed Oct 11 06:00:00 +9900 2017"],
            ["inbound", "yes"],
            ["author_id", "  "],
        ];
        for (int i = 0; i < 30; i++)
        {
            if (random.Next(3) == 0)
            {
                string[] m = mutations[random.Next(mutations.Length)];
                file.Waiting(i);
                bad.Add(file.LineOf(file.Count));
                Mutate(file, m[0], m[1]);
            }
            else
            {
                file.Conversation(i);
                good++;
            }
        }

        return new FuzzFixture("bad_values.csv", file.Bytes(), good, bad);
    }

    private static void Mutate(TwcsFile file, string column, string value) =>
        file.Replace(file.Count, Array.IndexOf(TwcsFile.Header, column), value);
}
