namespace BrandPulse.Statistics.Tests;

/// <summary>The one-pass bootstrap median must give exactly what the full Kaplan-Meier fit gives.</summary>
public sealed class SortedSampleTests
{
    [Theory]
    [InlineData("10 15 23 30 35 52 100+", 30.0)]
    [InlineData("1 2 3 4", 2.5)]
    [InlineData("1 2 3 4+ 6 7", 4.5)]
    [InlineData("1 2 3+ 4+", 3.0)]
    [InlineData("2 2 2+ 4 6+ 8", 4.0)]
    [InlineData("5", 5.0)]
    [InlineData("10+ 20+", double.PositiveInfinity)]
    [InlineData("", double.PositiveInfinity)]
    public void Median_of_the_whole_sample_matches_the_hand_computed_references(string sample, double expected)
    {
        // Given the reference samples of SurvivalCurveTests (not reached = +infinity here)
        // When the one-pass median is taken / Then it is the same
        Assert.Equal(expected, SortedSample.From(Observations.Parse(sample)).Quantile(0.5));
    }

    [Fact]
    public void Resampled_medians_equal_the_kaplan_meier_median_of_the_expanded_resample()
    {
        // Given many small random samples with heavy ties and censoring
        var random = new Xoshiro256StarStar(2024);
        for (int trial = 0; trial < 400; trial++)
        {
            int n = 1 + random.NextInt(25);
            WaitObservation[] sample =
                [.. Enumerable.Range(0, n).Select(_ => new WaitObservation(random.NextInt(8), random.NextInt(4) > 0))];
            SortedSample sorted = SortedSample.From(sample);
            double[] distinct = [.. sample.Select(o => o.Minutes).Distinct().Order()];
            int[] counts = new int[sorted.CellCount];

            // When one bootstrap resample is drawn and its median taken in one pass
            double fast = sorted.ResampledQuantile(ref random, counts, 0.5);

            // Then a full Kaplan-Meier fit of the same resample, written out complaint by complaint, agrees
            var expanded = new List<WaitObservation>();
            for (int cell = 0; cell < counts.Length; cell++)
            {
                expanded.AddRange(Enumerable.Repeat(new WaitObservation(distinct[cell / 2], cell % 2 == 0), counts[cell]));
            }

            Assert.Equal(n, expanded.Count);
            double slow = KaplanMeier.Fit(expanded).Median().Value ?? double.PositiveInfinity;
            Assert.Equal(slow, fast);
        }
    }

    [Fact]
    public void A_sample_of_identical_answers_always_resamples_to_the_same_median()
    {
        // Given 30 complaints all answered at 12 minutes
        SortedSample sorted = SortedSample.From(Observations.Answered([.. Enumerable.Repeat(12.0, 30)]));
        var random = new Xoshiro256StarStar(1);
        int[] counts = new int[sorted.CellCount];

        // When resampled / Then every resample has median 12
        for (int b = 0; b < 50; b++)
        {
            Assert.Equal(12.0, sorted.ResampledQuantile(ref random, counts, 0.5));
        }
    }
}
