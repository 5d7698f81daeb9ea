namespace BrandPulse.Statistics;

/// <summary>
/// The share of written complaints answered within the working-day deadline: a Kaplan-Meier estimate on the
/// working-day clock evaluated at the deadline, with its 95% interval (<see cref="SurvivalCurve.AnsweredWithin"/>,
/// log-log). On that clock an answer counts at 1 + the working days fully ended before it (so an answer during the
/// 15th working day is at 15, one on the weekend after it at 16: late); an unanswered complaint is censored at the
/// working days fully ended when observation stopped: before the deadline it is still open (censored with days
/// left), after it the complaint is late and its censoring lies beyond the deadline.
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
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThan(deadline, 1);
        var observations = new WaitObservation[complaints.Count];
        int onTime = 0, late = 0, open = 0;
        for (int i = 0; i < complaints.Count; i++)
        {
            WrittenComplaint complaint = complaints[i];
            if (complaint.Answered is DateTimeOffset answered)
            {
                int at = clock.Completed(complaint.Sent, answered) + 1;
                observations[i] = new WaitObservation(at, true);
                if (at <= deadline)
                {
                    onTime++;
                }
                else
                {
                    late++;
                }
            }
            else
            {
                int ended = clock.Completed(complaint.Sent, complaint.ObservedUntil);
                observations[i] = new WaitObservation(ended, false);
                if (ended >= deadline)
                {
                    late++;
                }
                else
                {
                    open++;
                }
            }
        }

        SurvivalCurve curve = KaplanMeier.Fit(observations);
        return new WrittenComplaintFigures(curve.AnsweredWithin(deadline), complaints.Count, onTime, late, open);
    }
}
