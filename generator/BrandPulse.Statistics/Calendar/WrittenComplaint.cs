namespace BrandPulse.Statistics;

/// <summary>
/// One written complaint for the 15-working-day figure: when it was sent, when the first answer that is not an
/// automatic acknowledgement came (null if none), and when observation ended.
/// </summary>
public sealed record WrittenComplaint(DateTimeOffset Sent, DateTimeOffset? Answered, DateTimeOffset ObservedUntil);
