using System.Globalization;
using System.Text;
using BrandPulse.Data.Import;
using CsvHelper;

namespace BrandPulse.Data.Tests.Import;

/// <summary>The real sample re-saved as pandas and Excel would save it must give the very same complaints.</summary>
public sealed class TwcsVariantTests
{
    private static readonly ParsedInput s_real = Twcs.Real();

    [Fact]
    public void The_pandas_resave_gives_identical_complaints()
    {
        // Given an unnamed index column, float ids, LF row ends, minimal quoting, a bare CR inside a text
        var sb = new StringBuilder(",tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n");
        int index = 0;
        foreach (string[] r in RealRows())
        {
            string text = r[0] == "119239" ? r[4].Insert(10, "\r") : r[4];
            string parent = r[6].Length == 0 ? "" : r[6] + ".0";
            sb.Append(CultureInfo.InvariantCulture, $"{index++},{r[0]}.0,{r[1]},{r[2]},{r[3]},{Quote(text)},{Quote(r[5])},{parent}\n");
        }

        // When
        ParsedInput pandas = Twcs.Parse(sb.ToString());

        // Then
        Assert.Equal(s_real.Complaints, pandas.Complaints);
        Assert.Equal(s_real.Counts.OrderBy(c => c.Key), pandas.Counts.OrderBy(c => c.Key));
        ImportIssue warning = Assert.Single(pandas.Issues, i => i.Kind == IssueKind.Warning);
        Assert.Equal(1, warning.Line);
        Assert.Contains("unnamed column 1", warning.Reason);
    }

    [Fact]
    public void The_excel_resave_gives_identical_complaints()
    {
        // Given a byte-order mark, headers in another case with spaces, TRUE/FALSE, every field quoted, CRLF and LF mixed
        var sb = new StringBuilder(" Tweet_ID , AUTHOR_ID,Inbound,created_at,Text,response_tweet_id,In_Response_To_Tweet_Id\r\n");
        int row = 0;
        foreach (string[] r in RealRows())
        {
            r[2] = r[2].ToUpperInvariant();
            sb.Append(string.Join(",", r.Select(f => "\"" + f.Replace("\"", "\"\"") + "\""))).Append(row++ % 3 == 0 ? "\n" : "\r\n");
        }

        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(sb.ToString())];

        ParsedInput excel = Twcs.Parse(bytes);

        Assert.Equal(s_real.Complaints, excel.Complaints);
        Assert.Equal(s_real.Issues.Select(i => i with { File = "" }), excel.Issues.Select(i => i with { File = "" }));
    }

    [Fact]
    public void Ids_in_scientific_notation_are_rejected_as_precision_lost()
    {
        ParsedInput p = Twcs.Parse(Twcs.Header + "\n1.18765E+18,c1,True,Wed Oct 11 10:00:00 +0000 2017,hi,,\n"
            + "2.5,c1,True,Wed Oct 11 10:00:00 +0000 2017,hi,,\n");

        Assert.Equal(["precision lost", "not a whole number"],
            p.Issues.Select(i => i.Reason.Contains("precision lost") ? "precision lost" : i.Reason.Contains("not a whole number") ? "not a whole number" : i.Reason));
        Assert.Equal([2, 3], p.Issues.Select(i => i.Line));
        Assert.All(p.Issues, i => Assert.Equal(("tweet_id", IssueKind.Rejected), (i.Field, i.Kind)));
    }

    /// <summary>The real file's rows, read by CsvHelper (not by the parser under test).</summary>
    private static List<string[]> RealRows()
    {
        using var reader = new StreamReader(Twcs.RealFile, Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, 7).Select(i => csv.GetField(i)!)]);
        }

        Assert.Equal(93, rows.Count);
        return rows;
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
