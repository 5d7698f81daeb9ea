namespace BrandPulse.Statistics.Tests;

public sealed class ChannelGapTests
{
    [Fact]
    public void Ratio_of_constant_channels_is_exact_with_a_degenerate_interval()
    {
        // Given e-mail always answered at 120 minutes and chat always at 4 minutes
        WaitObservation[] email = Observations.Answered([.. Enumerable.Repeat(120.0, 30)]);
        WaitObservation[] chat = Observations.Answered([.. Enumerable.Repeat(4.0, 30)]);

        // When the gap is computed / Then every resample has medians 120 and 4: ratio 30 in [30, 30]
        Assert.Equal(new GapEstimate(30, 30, 30), ChannelGap.Compute(email, chat, 200, 1));
    }

    [Fact]
    public void Ratio_uses_the_kaplan_meier_medians()
    {
        // Given a = the survfit reference (median 30) and b = 1, 2, 3, 4 (median 2.5)
        // When the gap is computed
        GapEstimate gap = ChannelGap.Compute(Observations.SurvfitReference, Observations.Answered(1, 2, 3, 4), 200, 3);

        // Then 30 / 2.5 = 12, and the interval contains it
        Assert.Equal(12.0, gap.Ratio);
        Assert.InRange(12.0, gap.Lower!.Value, gap.Upper!.Value);
    }

    [Fact]
    public void Unreached_median_on_a_gives_no_ratio_and_an_open_upper_end()
    {
        // Given channel a where nobody was answered and channel b answered at 4 minutes
        WaitObservation[] silent = Observations.Parse("60+ 60+ 60+ 60+ 60+ 60+ 60+ 60+ 60+ 60+");
        WaitObservation[] fast = Observations.Answered([.. Enumerable.Repeat(4.0, 10)]);

        // When the gap is computed / Then no ratio and no finite bounds (every resample is +infinity)
        Assert.Equal(GapEstimate.Unknown, ChannelGap.Compute(silent, fast, 100, 1));

        // And the other way round: ratio undefined, but every resample is 4 / infinity = 0
        Assert.Equal(new GapEstimate(null, 0, 0), ChannelGap.Compute(fast, silent, 100, 1));
    }

    [Fact]
    public void Gap_is_reproducible_for_a_seed()
    {
        // Given two overlapping channels
        WaitObservation[] a = Observations.Answered([.. Enumerable.Range(1, 40).Select(i => i * 1.5)]);
        WaitObservation[] b = Observations.Answered([.. Enumerable.Range(1, 40).Select(i => (double)i)]);

        // When computed twice with the same seed / Then identical, with the point ratio
        // (median 20.5 * 1.5 = 30.75 over 20.5 = 1.5) inside the interval
        GapEstimate first = ChannelGap.Compute(a, b, 200, RankingRules.BootstrapSeed);
        Assert.Equal(first, ChannelGap.Compute(a, b, 200, RankingRules.BootstrapSeed));
        Assert.Equal(1.5, first.Ratio!.Value, 1e-12);
        Assert.True(first.Lower < 1.5 && first.Upper > 1.5);
    }

    [Fact]
    public void Empty_channels_give_an_unknown_gap()
    {
        // Given nothing on both channels / When computed / Then unknown, no exception
        Assert.Equal(GapEstimate.Unknown, ChannelGap.Compute([], [], 10, 1));
    }
}
