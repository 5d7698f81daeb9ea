using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Computation;

/// <summary>
/// The Ley 10/2025 figures of a brand on one channel, from its usable complaints: on the phone, every call's outcome
/// as the caller sees it (giving up is an outcome; a field call hung up after its campaign's protocol wait is "not
/// reached within 3 minutes" and censored for the curve; one given up earlier broke the protocol and is left out); on
/// written channels, the share answered within 15 working days on the campaign region's calendar (Madrid by default).
/// </summary>
public static class LawComputation
{
    /// <summary>The day the law's rules apply to companies (28 December 2026, Madrid midnight).</summary>
    public static readonly DateTimeOffset AppliesFrom = new(2026, 12, 28, 0, 0, 0, TimeSpan.FromHours(1));

    /// <summary>The calendar region used when no campaign names one.</summary>
    public const string DefaultRegion = "ES-MD";

    /// <summary>Written channels: every complaint on them counts for the 15-working-day rule.</summary>
    public static bool IsWrittenChannel(string channel) => channel is Channels.Email or Channels.WebForm or Channels.Letter;

    /// <summary>
    /// The figures, and for the phone the bootstrap medians (minutes, key = the brand's slug) its ranking is drawn from.
    /// </summary>
    public static (ChannelLawFigures Law, BootstrapMedians? PhoneMedians) Of(
        Brand brand, string channel, IReadOnlyList<ComplaintRow> usable, IReadOnlyDictionary<string, Campaign> campaigns, bool illustrative)
    {
        PhoneLawFigures? phone = null;
        BootstrapMedians? medians = null;
        if (channel == Channels.Phone)
        {
            (phone, medians) = Phone(brand, usable, campaigns, illustrative);
        }

        WrittenLawFigures? written = Written(channel, usable, campaigns);
        int languageKnown = 0, languageSame = 0;
        var volunteers = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new SortedSet<string>(StringComparer.Ordinal);
        long last = long.MinValue;
        foreach (ComplaintRow r in usable)
        {
            if (r.Answered && r.ComplaintLanguage is { } asked && r.AnswerLanguage is { } answered)
            {
                languageKnown++;
                languageSame += string.Equals(asked, answered, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }

            if (r.ContributorPseudonym is { } volunteer)
            {
                volunteers.Add(volunteer);
            }

            if (r.Campaign is { } slug)
            {
                slugs.Add(slug);
            }

            last = Math.Max(last, r.ComplainedAtMs);
        }

        bool startingPoint = usable.Count > 0 && last < AppliesFrom.ToUnixTimeMilliseconds();
        return (new ChannelLawFigures(phone, written, volunteers.Count, [.. slugs],
            ProportionEstimate.Of(languageSame, languageKnown), startingPoint), medians);
    }

    private static (PhoneLawFigures, BootstrapMedians) Phone(
        Brand brand, IReadOnlyList<ComplaintRow> usable, IReadOnlyDictionary<string, Campaign> campaigns, bool illustrative)
    {
        var calls = new List<PhoneCall>(usable.Count);
        var field = new List<FieldCall>();
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int broke = 0;
        foreach (ComplaintRow r in usable)
        {
            string code = PhoneOutcomes.Of(r)!;
            double seconds = r.WaitSeconds;
            PhoneCall call;
            if (r.Campaign is { } slug)
            {
                double minWait = campaigns.TryGetValue(slug, out Campaign? campaign) ? campaign.Protocol.MinWaitSeconds : ThreeMinuteShare.LimitSeconds;
                if (PhoneOutcomeCodes.ForFieldCall(code, seconds, minWait) is not { } fieldCall)
                {
                    broke++;
                    continue;
                }

                call = fieldCall;
                double? asked = r.AskedPersonAtMs is long at && call.Outcome != PhoneOutcome.BusyNoAnswer
                    && Math.Round((at - r.ComplainedAtMs) / 1000.0, MidpointRounding.AwayFromZero) is double s && s >= 0 && s <= call.Time
                    ? s : null;
                field.Add(new FieldCall(call, asked, r.MenuOfferedPerson, r.ComplaintLanguage, r.AnswerLanguage, r.TrackingCode));
            }
            else
            {
                call = new PhoneCall(seconds, PhoneOutcomeCodes.Parse(code));
            }

            calls.Add(call);
            string counted = call.Outcome == PhoneOutcome.HungUpAfterProtocolWait ? "hung_up_after_wait" : code;
            outcomes[counted] = outcomes.GetValueOrDefault(counted) + 1;
        }

        ThreeMinuteShare share = ThreeMinuteShare.Of(calls);
        var (median, point, replicates) = PhoneMedianEstimate.WithReplicates(
            calls, RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed, "phone:" + brand.Slug);
        FieldCallFigures? fieldFigures = field.Count == 0 ? null
            : FieldCallFigures.Of(field, RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed, "phone-asked:" + brand.Slug);
        LawVerdictResult verdict = LawVerdictResult.Of(share.Share, illustrative, RankingRules.MinShown);
        LawVerdictResult? askedVerdict = fieldFigures is null ? null : LawVerdictResult.Of(fieldFigures.AskedToPerson.Share, illustrative, RankingRules.MinShown);
        List<IncidencePoint> curve = [.. AalenJohansen.Fit(calls).Steps.Select(s => new IncidencePoint(
            s.Seconds, s.ReachedPersonIncidence, s.AbandonedIncidence, s.CutOffIncidence, s.NoPersonOfferedIncidence, s.BusyNoAnswerIncidence))];
        var figures = new PhoneLawFigures(share, median, verdict, fieldFigures, askedVerdict, broke, outcomes, curve);
        var minutes = new BootstrapMedians(brand.Slug, point / 60.0, [.. replicates.Select(m => m / 60.0)]);
        return (figures, minutes);
    }

    private static WrittenLawFigures? Written(string channel, IReadOnlyList<ComplaintRow> usable, IReadOnlyDictionary<string, Campaign> campaigns)
    {
        if (channel == Channels.Phone)
        {
            return null;
        }

        bool all = IsWrittenChannel(channel);
        var complaints = new List<WrittenComplaint>();
        var clocks = new List<DeadlineClocks>();
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        var clockOf = new Dictionary<string, DeadlineClocks?>(StringComparer.Ordinal);
        int noCalendar = 0;
        foreach (ComplaintRow r in usable)
        {
            if (!all && r.Campaign is null)
            {
                continue;
            }

            string region = r.Campaign is { } slug && campaigns.TryGetValue(slug, out Campaign? campaign) ? campaign.Region : DefaultRegion;
            if (!clockOf.TryGetValue(region, out DeadlineClocks? clock))
            {
                clockOf[region] = clock = TryClock(region);
            }

            DateTimeOffset sent = DateTimeOffset.FromUnixTimeMilliseconds(r.ComplainedAtMs);
            if (clock is null || !HasDeadline(clock, sent))
            {
                noCalendar++;
                continue;
            }

            long? answered = r.Campaign is not null || r.ResponseKind == AnswerKinds.Automatic ? r.FirstSubstantiveAtMs : r.FirstResponseAtMs;
            long until = Math.Max(r.ObservedUntilMs, answered ?? r.ComplainedAtMs);
            complaints.Add(new WrittenComplaint(sent, answered is long a ? DateTimeOffset.FromUnixTimeMilliseconds(a) : null,
                DateTimeOffset.FromUnixTimeMilliseconds(until)));
            clocks.Add(clock);
            regions.Add(region);
        }

        if (complaints.Count == 0 && noCalendar == 0)
        {
            return null;
        }

        return new WrittenLawFigures(WrittenComplaintFigures.Of(complaints, i => clocks[i]), noCalendar, [.. regions]);
    }

    /// <summary>The region's clocks on the held calendar, with the year after it bounded (<see cref="HolidayBounds"/>).</summary>
    private static DeadlineClocks? TryClock(string region)
    {
        try
        {
            return HolidayBounds.Spain.ClocksFor(region);
        }
        catch (ArgumentException)
        {
            return null; // a region the calendar does not know: its complaints are left out and counted
        }
    }

    private static bool HasDeadline(DeadlineClocks clock, DateTimeOffset sent)
    {
        try
        {
            clock.Latest.DeadlineEnd(sent);
            return true;
        }
        catch (CalendarYearMissingException)
        {
            return false;
        }
    }
}
