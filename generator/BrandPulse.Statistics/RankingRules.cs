namespace BrandPulse.Statistics;

/// <summary>Publication thresholds and the fixed bootstrap settings, in one place.</summary>
public static class RankingRules
{
    /// <summary>Figures for a brand on a channel are shown from this many complaints on.</summary>
    public const int MinShown = 10;

    /// <summary>A brand is ranked on a channel from this many complaints on.</summary>
    public const int MinRanked = 30;

    /// <summary>Bootstrap replicates for rank intervals and channel gaps.</summary>
    public const int BootstrapReplicates = 200;

    /// <summary>Fixed seed so every build of the site publishes the same intervals.</summary>
    public const ulong BootstrapSeed = 0x4272_616E_6450_756CUL; // "BrandPul" in ASCII

    /// <summary>True when a group of <paramref name="complaints"/> is big enough to show figures for.</summary>
    public static bool IsShown(int complaints) => complaints >= MinShown;

    /// <summary>True when a group of <paramref name="complaints"/> is big enough to rank.</summary>
    public static bool IsRanked(int complaints) => complaints >= MinRanked;
}
