namespace BrandPulse.Statistics.Tests;

public sealed class RankingRulesTests
{
    [Theory]
    [InlineData(9, false, false)]
    [InlineData(10, true, false)]
    [InlineData(29, true, false)]
    [InlineData(30, true, true)]
    public void Figures_are_shown_from_10_complaints_and_ranked_from_30(int complaints, bool shown, bool ranked)
    {
        // Given a channel with this many complaints
        // When the thresholds are applied / Then shown from 10, ranked from 30
        Assert.Equal(shown, RankingRules.IsShown(complaints));
        Assert.Equal(ranked, RankingRules.IsRanked(complaints));
    }

    [Fact]
    public void Bootstrap_settings_are_fixed()
    {
        // Given the published settings / When read / Then 200 replicates with a fixed seed
        Assert.Equal(200, RankingRules.BootstrapReplicates);
        Assert.Equal(0x4272_616E_6450_756CUL, RankingRules.BootstrapSeed);
    }
}
