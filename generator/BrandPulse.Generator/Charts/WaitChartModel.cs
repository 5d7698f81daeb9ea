using BrandPulse.Statistics;

namespace BrandPulse.Generator.Charts;

/// <summary>One channel's "still waiting" curve: step points and the values the data table shows.</summary>
public sealed record WaitSeries(string Channel, IReadOnlyList<double> Minutes, IReadOnlyList<double> StillWaiting,
    IReadOnlyList<double> StillWaitingAtTableTimes);

/// <summary>What a brand's waiting chart shows: one curve per channel, its text alternative and the words drawn on it.</summary>
public sealed record WaitChartModel(string BrandName, IReadOnlyList<WaitSeries> Series, string AltText, WaitChartLabels Labels)
{
    /// <summary>
    /// Per series, the key of the tag its figures carry wherever they are shown (<c>tag.illustrative</c>,
    /// <c>tag.answered_only</c>, <c>tag.partly_answered_only</c>), or null: the legend and the text alternative say it too.
    /// </summary>
    public IReadOnlyList<string?> Tags { get; init; } = [];
}

/// <summary>
/// The words drawn on a chart, in one language: the axis labels, the time axis's tick labels (all of them, shortest
/// first; a chart draws those its data reaches) and one legend entry per series.
/// </summary>
public sealed record WaitChartLabels(SiteLanguage Language, string XLabel, string YLabel, IReadOnlyList<string> Ticks,
    IReadOnlyList<string> Legend);
