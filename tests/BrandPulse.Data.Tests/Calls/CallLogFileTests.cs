using System.Globalization;
using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Calls;

namespace BrandPulse.Data.Tests.Calls;

/// <summary>
/// Issue 17, bounded memory: a call log read from its file is streamed and its calls held compactly (CallRows); what
/// it yields is exactly what reading the whole file at once yields, across the compact store's chunk boundaries.
/// </summary>
public sealed class CallLogFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bp-calllog-").FullName;
    private static readonly long s_now = DateTimeOffset.Parse("2025-01-01T00:00:00Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_log_of_70000_calls_read_from_its_file_gives_the_same_calls_and_issues_as_its_bytes()
    {
        // Given: 70,000 calls (more than one 65,536-row chunk), every 7th without a ref (keyed by a hash), brands
        // written in 37 ways, and three repeats of earlier calls (by ref, by hash, and one across the chunk boundary)
        var text = new StringBuilder("brand,number_called,started_at,answered_at,abandoned_at,ref\n");
        var start = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        string Row(int n)
        {
            DateTime at = start.AddSeconds(n * 37);
            string iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            string answered = n % 3 == 0 ? "" : iso(at.AddSeconds(30 + (n % 900))), abandoned = n % 3 == 0 ? iso(at.AddSeconds(60 + (n % 300))) : "";
            return $"Brand {n % 37},+34 91 {n:000000},{iso(at)},{answered},{abandoned},{(n % 7 == 0 ? "" : $"C-{n}")}\n";
        }

        for (int n = 0; n < 70_000; n++)
        {
            text.Append(Row(n));
        }

        text.Append(Row(5)).Append(Row(14)).Append(Row(65_530));
        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        string path = Path.Combine(_dir, "shopper.csv");
        File.WriteAllBytes(path, bytes);

        // When
        ParsedInput streamed = CallLogParser.Parse(path, null, s_now);
        ParsedInput whole = CallLogParser.Parse(bytes, "shopper.csv", null, s_now);

        // Then
        Assert.Equal(70_000, streamed.Complaints.Count);
        Assert.Equal(whole.Complaints, streamed.Complaints);
        Assert.Equal(["shopper.csv:70002:ref: the same call as line 7", "shopper.csv:70003: the same call as line 16", "shopper.csv:70004:ref: the same call as line 65532"],
            streamed.Issues.Select(i => i.ToString()));
        Assert.Equal(whole.Counts, streamed.Counts);
        Assert.Equal(70_003, streamed.Counts["rows"]);
        Assert.Equal(70_000 - 23_334, streamed.Counts["answered"]);
        Assert.Equal("C-65535", streamed.Complaints[65_535].SourceKey);
        Assert.Equal(streamed.Complaints[65_536], streamed.Complaints.Skip(65_536).First());
    }

    [Fact]
    public void A_blank_file_read_from_disk_imports_nothing_with_a_warning()
    {
        string path = Path.Combine(_dir, "empty.csv");
        File.WriteAllText(path, "\uFEFF  \r\n\n");

        ParsedInput p = CallLogParser.Parse(path, null, s_now);

        Assert.Empty(p.Complaints);
        Assert.Equal("empty.csv:1: the file is empty: nothing to import", Assert.Single(p.Issues).ToString());
    }
}
