namespace BrandPulse.Statistics;

/// <summary>
/// The share of written complaints answered within the working-day deadline: a Kaplan-Meier estimate on the
/// working-day clock evaluated at the deadline, with its 95% interval (<see cref="SurvivalCurve.AnsweredWithin"/>,
/// log-log). On that clock an answer counts at 1 + the working days fully ended before it (so an answer during the
/// 15th working day is at 15); every answer after the deadline counts at deadline + 1 (late). An unanswered
/// complaint whose deadline passed is late and censored at the deadline (events there count first, so it is
/// "not answered within"); one whose observation stopped earlier is open, censored at the working days fully ended
/// by then. Only days up to the deadline are looked up, so observation running into a year the calendar lacks is
/// fine as long as the deadline itself is in the calendar (otherwise <see cref="CalendarYearMissingException"/>).
/// </summary>
/// <param name="AnsweredOnTime">The published <c>answered_within_15_working_days</c> with its interval; unknown
/// when no complaint was followed to the deadline.</param>
/// <param name="N">Complaints.</param>
/// <param name="OnTime">Answered by the end of the deadline day.</param>
/// <param name="Late">Answered after the deadline, or unanswered when the deadline passed.</param>
/// <param name="Open">Unanswered when observation ended with days left (censored).</param>
/// <param name="Undetermined">Answered (or still unanswered when observation ended) between the earliest and the
/// latest possible deadline of a year whose holiday calendar is not published yet (<see cref="HolidayBounds"/>):
/// neither on time nor late until it is; censored at the working days surely ended by then.</param>
public sealed record WrittenComplaintFigures(ShareEstimate AnsweredOnTime, int N, int OnTime, int Late, int Open, int Undetermined = 0)
{
    /// <summary>Computes the figure on <paramref name="clock"/>.</summary>
    public static WrittenComplaintFigures Of(
        IReadOnlyList<WrittenComplaint> complaints, WorkingDayClock clock, int deadline = WorkingDayClock.DeadlineWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Of(complaints, _ => clock, deadline);
    }

    /// <summary>
    /// Computes the figure with each complaint counted on its own clock (complaints of campaigns in different regions).
    /// </summary>
    public static WrittenComplaintFigures Of(
        IReadOnlyList<WrittenComplaint> complaints, Func<int, WorkingDayClock> clockOf, int deadline = WorkingDayClock.DeadlineWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(clockOf);
        return Of(complaints, i => DeadlineClocks.Exact(clockOf(i)), deadline);
    }

    /// <summary>
    /// Computes the figure with each complaint on its own pair of clocks (<see cref="HolidayBounds"/>): before the
    /// earliest deadline an answer is on time (at its working day on the earliest clock, which counts the most days);
    /// from the latest deadline on it is late; in between it is undetermined and censored at the working days the
    /// latest clock (which counts the fewest) saw ended. With one clock as both bounds this is the exact figure.
    /// </summary>
    public static WrittenComplaintFigures Of(
        IReadOnlyList<WrittenComplaint> complaints, Func<int, DeadlineClocks> clocksOf, int deadline = WorkingDayClock.DeadlineWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(clocksOf);
        ArgumentOutOfRangeException.ThrowIfLessThan(deadline, 1);
        var observations = new WaitObservation[complaints.Count];
        int onTime = 0, late = 0, open = 0, undetermined = 0;
        for (int i = 0; i < complaints.Count; i++)
        {
            WrittenComplaint complaint = complaints[i];
            ArgumentNullException.ThrowIfNull(complaint);
            DeadlineClocks clocks = clocksOf(i);
            DateTimeOffset earliestEnd = clocks.Earliest.DeadlineEnd(complaint.Sent, deadline);
            DateTimeOffset latestEnd = clocks.Latest.DeadlineEnd(complaint.Sent, deadline);
            DateTimeOffset known = complaint.Answered ?? complaint.ObservedUntil; // the answer, or the last look without one
            if (complaint.Answered is DateTimeOffset answered && answered < earliestEnd)
            {
                observations[i] = new WaitObservation(clocks.Earliest.Completed(complaint.Sent, answered) + 1, true);
                onTime++;
            }
            else if (known >= latestEnd)
            {
                // late: an answer after the deadline counts at deadline + 1; no answer by then is censored at it
                observations[i] = new WaitObservation(complaint.Answered is null ? deadline : deadline + 1, complaint.Answered is not null);
                late++;
            }
            else
            {
                observations[i] = new WaitObservation(clocks.Latest.Completed(complaint.Sent, known), false);
                bool pastEarliest = known >= earliestEnd;
                undetermined += pastEarliest ? 1 : 0;
                open += pastEarliest ? 0 : 1;
            }
        }

        SurvivalCurve curve = KaplanMeier.Fit(observations);
        return new WrittenComplaintFigures(curve.AnsweredWithin(deadline), complaints.Count, onTime, late, open, undetermined);
    }
}
