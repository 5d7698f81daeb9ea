namespace BrandPulse.Generator.Model;

/// <summary>
/// What figures can support. Figures from illustrative (made-up) data, or from a data set selected because the brand
/// answered, never carry a headline or a verdict, and a rank drawn from them always has its caveat in visible text.
/// </summary>
public static class Evidence
{
    /// <summary>Measured: no illustrative complaint and none from a data set selected because the brand answered.</summary>
    public static bool IsMeasured(ChannelFigures f) => !f.Illustrative && f.AnsweredOnlyShare == 0;

    /// <summary>A channel gap both of whose channels were measured (see <see cref="IsMeasured(ChannelFigures)"/>).</summary>
    public static bool IsMeasured(ChannelGapFigures g) => IsMeasured(g.Phone) && IsMeasured(g.Twitter);

    /// <summary>A league whose ranked brands were all measured, with at least two of them.</summary>
    public static bool IsMeasured(ChannelRanking r) => r.Ranked.Count >= 2 && r.Ranked.All(IsMeasured);
}
