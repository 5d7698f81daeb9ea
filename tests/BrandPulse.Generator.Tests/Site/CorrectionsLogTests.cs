using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.Tests.Site;

public sealed class CorrectionsLogTests
{
    [Fact]
    public void Reads_quoted_entries_newest_first()
    {
        // Given a log with a quoted summary holding a comma and a quote, and a site-wide entry
        const string csv = "date,brand_slug,summary\r\n2026-11-25,,First edition\r\n2026-12-02,apple,\"Median was \"\"12 min\"\", not 21, on phone\"\r\n";

        // When it is read
        IReadOnlyList<Correction> log = CorrectionsLog.Parse(csv);

        // Then entries keep their position in the file as their number, newest first
        Assert.Equal([new Correction(2, "2026-12-02", "apple", "Median was \"12 min\", not 21, on phone"), new Correction(1, "2026-11-25", null, "First edition")], log);
    }

    [Theory]
    [InlineData("when,brand,what\n2026-11-25,,x\n")]
    [InlineData("date,brand_slug,summary\n25/11/2026,,x\n")]
    [InlineData("date,brand_slug,summary\n2026-11-25,apple,\n")]
    public void Rejects_a_malformed_log(string csv) => Assert.Throws<FormatException>(() => CorrectionsLog.Parse(csv));

    [Fact]
    public void A_malformed_entry_is_reported_with_its_file_and_line()
    {
        var e = Assert.Throws<FormatException>(() => CorrectionsLog.Parse("date,brand_slug,summary\n2026-11-25,,ok\n\n2026-13-01,,bad month\n", "log.csv"));

        Assert.StartsWith("log.csv:4: entry 2 needs a date (yyyy-MM-dd)", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => CorrectionsLog.Parse("", "empty.csv"));
    }

    [Fact]
    public void The_committed_log_is_valid() =>
        Assert.NotEmpty(CorrectionsLog.Read(Testing.RepoPaths.Site));
}
