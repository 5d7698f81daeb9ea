using System.Globalization;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Tests.Text;

/// <summary>The quick reading of the usual ISO 8601 forms gives what <see cref="IsoTime"/> gives, and declines the rest.</summary>
public sealed class CanonicalIsoTimeTests
{
    [Fact]
    public void Usual_forms_read_as_the_general_parser_reads_them()
    {
        var random = new Random(11);
        for (int i = 0; i < 20_000; i++)
        {
            var at = new DateTime(1990, 1, 1).AddSeconds(random.NextInt64(0, 45L * 365 * 86400));
            int offset = random.Next(-14 * 60, (14 * 60) + 1);
            string text = at.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (i % 2 == 0 ? "Z"
                : $"{(offset < 0 ? '-' : '+')}{Math.Abs(offset) / 60:00}:{Math.Abs(offset) % 60:00}");

            Assert.True(CanonicalIsoTime.TryParse(text, out long quick), text);
            Assert.True(IsoTime.TryParse(text, out long general, out _), text);
            Assert.Equal(general, quick);
        }
    }

    [Theory]
    [InlineData("2024-05-02T09:00:00")]
    [InlineData("2024-05-02 09:00:00Z")]
    [InlineData(" 2024-05-02T09:00:00Z")]
    [InlineData("2024-05-02T09:00:00.5Z")]
    [InlineData("2024-05-02T09:00Z")]
    [InlineData("2024-13-02T09:00:00Z")]
    [InlineData("2023-02-29T09:00:00Z")]
    [InlineData("2024-05-02T24:00:00Z")]
    [InlineData("2024-05-02T09:60:00Z")]
    [InlineData("2024-05-02T09:00:60Z")]
    [InlineData("2024-05-02T09:00:00+14:30")]
    [InlineData("2024-05-02T09:00:00+0200")]
    [InlineData("2024-05-02T09:00:00+02:60")]
    [InlineData("1800-05-02T09:00:00Z")]
    [InlineData("2024-05-02T09:00:00z")]
    [InlineData("2024-05-0２T09:00:00Z")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_left_to_the_general_parser(string? text)
    {
        Assert.False(CanonicalIsoTime.TryParse(text, out _));
    }
}
