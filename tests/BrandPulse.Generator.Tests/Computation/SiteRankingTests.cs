using BrandPulse.Data.Model;
using BrandPulse.Generator.Computation;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Tests.Computation;

/// <summary>Per-brand computation and the ranking across brands, on complaints made up for the purpose.</summary>
public sealed class SiteRankingTests
{
    private const long Start = 1_577_836_800_000; // 2020-01-01T00:00Z
    private const long Minute = 60_000;

    private static readonly Brand s_fast = new(1, "fast", "Fast", null, "test", null);
    private static readonly Brand s_slow = new(2, "slow", "Slow", null, "test", null);
    private static readonly Brand s_few = new(3, "few", "Few", null, "test", null);

    [Fact]
    public void Brands_are_ranked_by_median_wait_and_a_brand_with_too_few_complaints_is_listed_apart()
    {
        // Given 40 Twitter/X complaints answered in 5 minutes, 40 answered in an hour, and 12 for a third brand
        Snapshot snapshot = Snapshot([.. Rows(s_fast, 40, 5), .. Rows(s_slow, 40, 60), .. Rows(s_few, 12, 1)]);

        // When computed per brand and ranked
        SiteModel model = SiteRanking.Assemble(snapshot,
            BrandComputation.Brands(snapshot, BrandComputation.RowsByBrand(snapshot)), edition: null);

        // Then the fast brand ranks first, each with a certain rank, and the third is shown but not ranked
        ChannelRanking twitter = Assert.Single(model.Rankings);
        Assert.Equal(["fast", "slow"], twitter.Ranked.Select(f => f.Brand.Slug));
        Assert.Equal([(1, 1, 1), (2, 2, 2)], twitter.Ranked.Select(f => (f.Rank!.Rank, f.Rank.Lower, f.Rank.Upper)));
        ChannelFigures few = Assert.Single(twitter.Unranked);
        Assert.Equal((FigureStatus.Shown, 12, 1.0), (few.Status, few.Summary.N, few.Summary.Median.Value!.Value));
        Assert.Equal(["Fast", "Few", "Slow"], model.Brands.Select(b => b.Brand.DisplayName)); // brands in name order
        Assert.Equal(92, model.TotalComplaints);
    }

    [Fact]
    public void Waiting_complaints_are_censored_and_flagged_ones_left_out()
    {
        // Given 12 phone complaints: 6 answered in 10 minutes, 4 still waiting after 30, and 2 flagged for quality
        List<ComplaintRow> rows = [.. Rows(s_fast, 6, 10, Channels.Phone), .. Rows(s_fast, 4, null, Channels.Phone),
            .. Rows(s_fast, 2, 10, Channels.Phone, quality: "duplicate")];
        rows.Sort(ComplaintOrder.Compare);

        // When the brand is computed
        BrandOwnFigures own = BrandComputation.Brand(s_fast, rows);

        // Then the waiting ones count (rate 6/10, never dropped), the flagged ones are left out and said to be
        ChannelFigures phone = Assert.Single(own.Channels);
        Assert.Equal((10, 6, 2), (phone.Summary.N, phone.Summary.Answered, phone.LeftOutForQuality));
        Assert.Equal(0.6, phone.Summary.ResponseRate.Value);
        Assert.Equal(10, phone.Summary.Median.Value); // 6 of 10 callers reached a person at 10 minutes
        Assert.Null(phone.Within3Min.Value); // no Kaplan-Meier 3-minute share on the phone
        Assert.Equal((0, 10), (phone.Law!.Phone!.ThreeMinutes.Share.Successes, phone.Law.Phone.ThreeMinutes.Share.Trials)); // nobody within 3 minutes
        Assert.Empty(own.Medians); // shown, not ranked: no bootstrap drawn
    }

    private static Snapshot Snapshot(List<ComplaintRow> rows) => new([s_fast, s_slow, s_few], [], rows, 0);

    /// <summary><paramref name="count"/> complaints a minute apart, answered after <paramref name="minutes"/> (null: still waiting after 30).</summary>
    private static IEnumerable<ComplaintRow> Rows(Brand brand, int count, int? minutes, string channel = Channels.Twitter, string? quality = null) =>
        Enumerable.Range(0, count).Select(i =>
        {
            long at = Start + (i * Minute);
            return new ComplaintRow(brand.Id, channel, "manual", at, minutes is int m ? at + (m * Minute) : null, at + (30 * Minute),
                null, quality, false);
        });
}
