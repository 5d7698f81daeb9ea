using BrandPulse.Data.Model;
using C = BrandPulse.Data.Import.Field.FieldColumns;

namespace BrandPulse.Data.Import.Field;

/// <summary>
/// A call timed by a volunteer, as a phone complaint (see the contract "Meaning of a phone complaint row"): the clock
/// starts when the line connected (a menu or a person), a person answering ends it (reached_person); a call that never
/// connected (busy, no answer) starts and ends with its ringing. Hanging up after the protocol's wait is
/// <c>abandoned</c>; before it, the call breaks the protocol and is rejected (left out of the figures).
/// </summary>
internal static class FieldCall
{
    /// <summary>The longest call accepted: anything longer is a forgotten tap.</summary>
    public const long MaxCallMs = 3 * 3_600_000L;

    public static ComplaintInput? Read(FieldRow row, Campaign campaign, CampaignClock clock, ComplaintInput shell, long nowMs)
    {
        string? outcome = row.OneOf(C.Outcome, C.CallOutcomes, required: true);
        bool busy = outcome == "busy_no_answer";
        long? dialed = row.Time(C.DialedAt, required: true);
        long? connected = row.Time(C.ConnectedAt, required: !busy);
        long? asked = row.Time(C.AskedPersonAt, required: false);
        long? person = row.Time(C.PersonAt, required: outcome == "reached_person");
        long? ended = row.Time(C.EndedAt, required: true);
        bool? menu = row.YesNo(C.MenuOfferedPerson);
        string? languageAsked = row.Language(C.LanguageAsked);
        string? languageServed = row.Language(C.LanguageServed);
        bool? tracking = row.YesNo(C.TrackingCode);
        if (!row.Ok)
        {
            return null;
        }

        if (person is not null && outcome != "reached_person")
        {
            row.Reject(C.PersonAt, $"person_at is given but the outcome is {outcome}: a call that reached a person has outcome reached_person");
            return null;
        }

        if (busy && (asked is not null || connected is not null))
        {
            row.Reject(busy && connected is not null ? C.ConnectedAt : C.AskedPersonAt,
                "a busy or unanswered call never connected: leave connected_at and asked_person_at empty");
            return null;
        }

        row.InOrder((C.DialedAt, dialed), (C.ConnectedAt, connected), (C.AskedPersonAt, asked), (C.PersonAt, person), (C.EndedAt, ended));
        if (!row.Ok)
        {
            return null;
        }

        if (!clock.During(dialed!.Value))
        {
            row.Reject(C.DialedAt, $"{clock.LocalDate(dialed.Value)} is outside the campaign's dates ({campaign.Starts:yyyy-MM-dd} to {campaign.Ends:yyyy-MM-dd})");
            return null;
        }

        if (ended!.Value - dialed.Value > MaxCallMs)
        {
            row.Reject(C.EndedAt, $"a call over 3 hours ({(ended.Value - dialed.Value) / 60_000} minutes from dialed_at): check the taps");
            return null;
        }

        if (!campaign.Illustrative && dialed.Value > nowMs + 120_000)
        {
            row.Reject(C.DialedAt, "in the future: check the device's clock");
            return null;
        }

        long start = connected ?? dialed.Value;
        long waited = ended.Value - start;
        if (outcome == "hung_up_after_wait" && waited < campaign.Protocol.MinWaitSeconds * 1000L)
        {
            row.Reject(C.EndedAt, $"protocol breach: hung up after {waited / 1000} s, before the protocol's {campaign.Protocol.MinWaitSeconds} s wait; left out of the figures");
            return null;
        }

        string stored = outcome switch
        {
            "reached_person" => PhoneOutcomes.ReachedPerson,
            "hung_up_after_wait" => PhoneOutcomes.Abandoned,
            "cut_off" => PhoneOutcomes.CutOff,
            "busy_no_answer" => PhoneOutcomes.BusyNoAnswer,
            _ => PhoneOutcomes.NoPersonOffered,
        };
        return shell with
        {
            ComplainedAtMs = start,
            FirstResponseAtMs = person,
            ObservedUntilMs = person ?? ended.Value,
            ResponseKind = person is null ? null : AnswerKinds.Human,
            FirstSubstantiveAtMs = person,
            Outcome = stored,
            DialedAtMs = dialed,
            AskedPersonAtMs = asked,
            MenuOfferedPerson = menu,
            ComplaintLanguage = languageAsked,
            AnswerLanguage = languageServed,
            TrackingCode = tracking,
        };
    }
}
