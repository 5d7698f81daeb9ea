namespace BrandPulse.Generator.Charts;

/// <summary>One channel's "still waiting" curve: step points and the values the data table shows.</summary>
public sealed record WaitSeries(string Channel, IReadOnlyList<double> Minutes, IReadOnlyList<double> StillWaiting,
    IReadOnlyList<double> StillWaitingAtTableTimes);

/// <summary>What a brand's waiting chart shows: one curve per channel, and its text alternative.</summary>
public sealed record WaitChartModel(string BrandName, IReadOnlyList<WaitSeries> Series, string AltText);
