using BrandPulse.Generator.Downloads;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Tests.Downloads;

public sealed class ComplaintsCsvTests
{
    [Fact]
    public void Minutes_waited_is_written_as_the_published_rounding_of_the_seconds()
    {
        // Given every wait up to five days to the second, and some far longer and some negative (never imported)
        IEnumerable<long> waits = Enumerable.Range(0, 5 * 86_400 + 1).Select(s => (long)s)
            .Concat([-1, -3, -4, -61, 9_999_999_999, 9_999_999_997, (1L << 40) + 3, long.MaxValue / 1000]);
        Span<char> buffer = stackalloc char[64];
        foreach (long seconds in waits)
        {
            // When the cell is written from integers, it is the text FormatMinutesForDownload gives ("0.0", 0.05 up)
            string written = buffer[..ComplaintsCsv.Minutes(seconds, buffer)].ToString();
            Assert.Equal(Units.FormatMinutesForDownload(seconds / 60.0), written);
        }

        // Then, spelled out, 3 seconds (0.05 min) rounds up and 2 seconds down
        Assert.Equal("0.1", buffer[..ComplaintsCsv.Minutes(3, buffer)].ToString());
        Assert.Equal("0.0", buffer[..ComplaintsCsv.Minutes(2, buffer)].ToString());
        Assert.Equal("1440.0", buffer[..ComplaintsCsv.Minutes(86_400, buffer)].ToString());
    }
}
