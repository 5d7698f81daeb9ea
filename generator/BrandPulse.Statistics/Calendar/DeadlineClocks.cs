namespace BrandPulse.Statistics;

/// <summary>
/// A region's two working-day clocks: <see cref="Earliest"/> with fewer holidays, <see cref="Latest"/> with every
/// candidate one (<see cref="HolidayBounds"/>). In held years they agree; a single clock is both.
/// </summary>
public sealed record DeadlineClocks(WorkingDayClock Earliest, WorkingDayClock Latest)
{
    /// <summary>One clock as both bounds (a calendar whose years are all held).</summary>
    public static DeadlineClocks Exact(WorkingDayClock clock) => new(clock, clock);
}
