using System.Globalization;
using BrandPulse.Data.Import.Twcs;

namespace BrandPulse.Data.Tests.Import;

/// <summary>The quick reading of Twitter's usual time form gives what the general one gives, and declines the rest.</summary>
public sealed class TwcsValuesTests
{
    [Fact]
    public void Canonical_times_read_as_the_general_parser_reads_them()
    {
        var random = new Random(7);
        for (int i = 0; i < 20_000; i++)
        {
            var at = new DateTime(1995, 1, 1).AddSeconds(random.NextInt64(0, 40L * 365 * 86400));
            int offset = random.Next(-14 * 60, (14 * 60) + 1);
            string sign = offset < 0 ? "-" : "+";
            string raw = at.ToString("ddd MMM dd HH:mm:ss ", CultureInfo.InvariantCulture)
                + $"{sign}{Math.Abs(offset) / 60:00}{Math.Abs(offset) % 60:00} " + at.ToString("yyyy", CultureInfo.InvariantCulture);

            Assert.True(TwcsValues.TryCanonicalCreatedAt(raw, out long quick), raw);
            Assert.True(TwcsValues.TryAnyCreatedAt(raw, out long general, out _), raw);
            Assert.Equal(general, quick);
        }
    }

    [Theory]
    [InlineData("Thu Oct 11 06:55:44 +0000 2017")] // wrong day of week
    [InlineData("wed Oct 11 06:55:44 +0000 2017")]
    [InlineData("Wed OCT 11 06:55:44 +0000 2017")]
    [InlineData("Wed Oct 41 06:55:44 +0000 2017")]
    [InlineData("Wed Oct 11 24:55:44 +0000 2017")]
    [InlineData("Wed Oct 11 06:60:44 +0000 2017")]
    [InlineData("Wed Oct 11 06:55:60 +0000 2017")]
    [InlineData("Wed Oct 11 06:55:44 +1500 2017")]
    [InlineData("Wed Oct 11 06:55:44 +0060 2017")]
    [InlineData("Wed Oct 11 06:55:44 0000 2017")]
    [InlineData("Wed Oct 11 06:55:44 +0000  2017")]
    [InlineData("Wed Oct 11 6:55:44 +0000 2017")]
    [InlineData("Wed Oct 11 06:55:44 +0000 2017 ")]
    [InlineData("Sun Feb 29 06:55:44 +0000 2017")]
    [InlineData("Wed Oct ١١ 06:55:44 +0000 2017")]
    public void Anything_else_is_left_to_the_general_parser(string raw)
    {
        Assert.False(TwcsValues.TryCanonicalCreatedAt(raw, out _));
        Assert.Equal(TwcsValues.TryAnyCreatedAt(raw, out long general, out string? reason), TwcsValues.TryCreatedAt(raw, out long value, out string? why));
        Assert.Equal((general, reason), (value, why));
    }

    [Theory]
    [InlineData("123", true, 123L)]
    [InlineData("000123", true, 123L)]
    [InlineData("0", false, 0L)]
    [InlineData(" 42 ", true, 42L)]
    [InlineData("42.0", true, 42L)]
    [InlineData("999999999999999999", true, 999999999999999999L)]
    [InlineData("9223372036854775807", true, long.MaxValue)]
    [InlineData("9223372036854775808", false, 0L)]
    [InlineData("1e5", false, 0L)]
    [InlineData("12a", false, 0L)]
    [InlineData("", false, 0L)]
    public void Ids_are_whole_positive_numbers(string raw, bool ok, long expected)
    {
        Assert.Equal(ok, TwcsValues.TryId(raw, out long id, out string? reason));
        Assert.Equal(expected, id);
        Assert.Equal(ok, reason is null);
    }
}
