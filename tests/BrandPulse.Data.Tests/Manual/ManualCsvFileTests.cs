using System.Globalization;
using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Manual;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Tests.Manual;

/// <summary>
/// Issue 17, bounded memory: a manual CSV's complaints are held compactly (ManualRows); what it yields is exactly what
/// checking each row alone (<see cref="ManualEntry.ToComplaint"/>) yields, across the compact store's chunk boundary.
/// </summary>
public sealed class ManualCsvFileTests
{
    private const long Now = 1_800_000_000_000;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_of_70000_complaints_gives_each_row_as_checking_it_alone_does(bool illustrative)
    {
        // Given: 70,000 rows (more than one 65,536-row chunk) on four channels, every 3rd unanswered, every 5th with an
        // observation end, every 7th without a ref (keyed by a hash), brands written in 37 ways, and one bad row
        var text = new StringBuilder("ref,brand,channel,complained_at,answered_at,observed_until\n");
        var entries = new List<ManualEntry>();
        var start = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        string[] channels = ["phone", "email", "x", "chat"];
        for (int n = 0; n < 70_000; n++)
        {
            DateTime at = start.AddSeconds(n * 37);
            var entry = new ManualEntry($"Brand {n % 37}", channels[n % 4], Iso(at), n % 3 == 0 ? null : Iso(at.AddSeconds(30 + (n % 900))),
                n % 7 == 0 ? null : $"M-{n}", n % 5 == 0 ? Iso(at.AddDays(2)) : null);
            entries.Add(entry);
            text.Append($"{entry.Ref},{entry.Brand},{entry.Channel},{entry.ComplainedAt},{entry.AnsweredAt},{entry.ObservedUntil}\n");
        }

        text.Append("M-bad,Brand 1,pigeon,2024-05-01T00:00:00Z,,\n");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));

        // When
        ParsedInput parsed = ManualCsv.Parse(stream, "timed.csv", illustrative, Now);

        // Then
        var issues = new List<ImportIssue>();
        List<ComplaintInput> expected = [.. entries.Select((e, i) => e.ToComplaint("timed.csv", i + 2, Now, illustrative, issues, i + 1)!)];
        Assert.Empty(issues);
        Assert.Equal(70_000, parsed.Complaints.Count);
        Assert.Equal(expected, parsed.Complaints);
        Assert.Equal(expected[65_536], parsed.Complaints[65_536]);
        Assert.Equal("M-65535", parsed.Complaints[65_535].SourceKey);
        Assert.StartsWith("auto-", parsed.Complaints[0].SourceKey);
        Assert.Equal(PhoneOutcomes.ReachedPerson, parsed.Complaints[4].Outcome);
        Assert.Null(parsed.Complaints[0].Outcome);
        Assert.Equal(illustrative, parsed.Complaints[69_999].Illustrative);
        Assert.Equal("timed.csv:70002:channel", Assert.Single(parsed.Issues).ToString()[..23]);
        Assert.Equal(70_001, parsed.Counts["rows"]);
    }
}
