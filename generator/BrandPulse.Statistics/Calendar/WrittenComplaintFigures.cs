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
public sealed record WrittenComplaintFigures(ShareEstimate AnsweredOnTime, int N, int OnTime, int Late, int Open)
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
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(clockOf);
        ArgumentOutOfRangeException.ThrowIfLessThan(deadline, 1);
        var observations = new WaitObservation[complaints.Count];
        int onTime = 0, late = 0, open = 0;
        for (int i = 0; i < complaints.Count; i++)
        {
            WrittenComplaint complaint = complaints[i];
            ArgumentNullException.ThrowIfNull(complaint);
            WorkingDayClock clock = clockOf(i);
            DateTimeOffset deadlineEnd = clock.DeadlineEnd(complaint.Sent, deadline);
            if (complaint.Answered is DateTimeOffset answered)
            {
                bool inTime = answered < deadlineEnd;
                int at = inTime ? clock.Completed(complaint.Sent, answered) + 1 : deadline + 1;
                observations[i] = new WaitObservation(at, true);
                onTime += inTime ? 1 : 0;
                late += inTime ? 0 : 1;
            }
            else if (complaint.ObservedUntil >= deadlineEnd)
            {
                observations[i] = new WaitObservation(deadline, false);
                late++;
            }
            else
            {
                observations[i] = new WaitObservation(clock.Completed(complaint.Sent, complaint.ObservedUntil), false);
                open++;
            }
        }

        SurvivalCurve curve = KaplanMeier.Fit(observations);
        return new WrittenComplaintFigures(curve.AnsweredWithin(deadline), complaints.Count, onTime, late, open);
    }
}
