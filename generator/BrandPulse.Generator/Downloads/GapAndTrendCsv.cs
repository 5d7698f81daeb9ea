using System.Globalization;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Downloads;

/// <summary>The channel-gap and monthly-trend downloads, with the same rounding as everything else.</summary>
public static class GapAndTrendCsv
{
    public static readonly string[] GapColumns =
    [
        "brand", "slug", "twitter_complaints", "twitter_median_minutes", "phone_complaints", "phone_median_minutes",
        "phone_to_twitter_ratio", "ratio_lower", "ratio_upper", "phone_illustrative",
    ];

    public static readonly string[] TrendColumns =
    [
        "brand", "slug", "channel", "month", "complaints", "answered", "median_minutes", "median_lower_minutes", "median_upper_minutes",
    ];

    public static byte[] Gap(SiteModel model)
    {
        var csv = new CsvText().Row(GapColumns);
        foreach (BrandFigures b in model.WithGap)
        {
            ChannelGapFigures g = b.Gap!;
            csv.Row(CsvText.Text(b.Brand.DisplayName), b.Brand.Slug,
                N(g.Twitter.Summary.N), Units.FormatMinutesForDownload(g.Twitter.Summary.Median.Value),
                N(g.Phone.Summary.N), Units.FormatMinutesForDownload(g.Phone.Summary.Median.Value),
                Ratio(g.Gap.Ratio), Ratio(g.Gap.Lower), Ratio(g.Gap.Upper), g.Phone.Illustrative ? "true" : "false");
        }

        return csv.ToBytes();
    }

    public static byte[] Trend(SiteModel model)
    {
        var csv = new CsvText().Row(TrendColumns);
        foreach (BrandFigures b in model.Brands)
        {
            foreach (ChannelFigures f in b.Channels)
            {
                foreach (MonthFigures m in f.Trend)
                {
                    csv.Row(CsvText.Text(b.Brand.DisplayName), b.Brand.Slug, f.Channel, m.Month, N(m.Summary.N), N(m.Summary.Answered),
                        Units.FormatMinutesForDownload(m.Summary.Median.Value), Units.FormatMinutesForDownload(m.Summary.Median.Lower),
                        Units.FormatMinutesForDownload(m.Summary.Median.Upper));
                }
            }
        }

        return csv.ToBytes();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double? r) => r is double v ? Math.Round(v, 3, MidpointRounding.AwayFromZero).ToString("0.0##", CultureInfo.InvariantCulture) : "";
}
