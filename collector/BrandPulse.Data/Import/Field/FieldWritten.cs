using BrandPulse.Data.Model;
using C = BrandPulse.Data.Import.Field.FieldColumns;

namespace BrandPulse.Data.Import.Field;

/// <summary>
/// A written complaint (e-mail, web form, letter, social post) sent by a volunteer. Its first answer may be an automatic
/// acknowledgement; <c>real_answer_at</c> is the first that is not, stored as the first substantive answer. Answers
/// after the campaign's end count up to the end of its observation window; an answer later than that is treated as
/// not arrived (warned). A complaint still waiting is observed until the import, at most to the window's end (for an
/// illustrative campaign, to the window's end).
/// </summary>
internal static class FieldWritten
{
    public static ComplaintInput? Read(FieldRow row, Campaign campaign, CampaignClock clock, ComplaintInput shell, long nowMs)
    {
        long? sent = row.Time(C.SentAt, required: true);
        long? first = row.Time(C.FirstAnswerAt, required: false);
        string? kind = row.OneOf(C.FirstAnswerKind, C.AnswerKinds, required: first is not null);
        long? real = row.Time(C.RealAnswerAt, required: false);
        string? languageAsked = row.Language(C.LanguageAsked);
        string? answerLanguage = row.Language(C.AnswerLanguage);
        bool? tracking = row.YesNo(C.TrackingCode);
        if (!row.Ok)
        {
            return null;
        }

        if (first is null && (kind is not null || real is not null))
        {
            row.Reject(kind is not null ? C.FirstAnswerKind : C.RealAnswerAt, "an answer is described but first_answer_at is empty");
            return null;
        }

        foreach (string phone in new[] { C.DialedAt, C.ConnectedAt, C.PersonAt, C.EndedAt, C.Outcome })
        {
            if (row.Get(phone).Length > 0)
            {
                row.Reject(phone, $"{phone} is for calls; this attempt's channel is {row.Get(C.Channel)}");
                return null;
            }
        }

        // A first answer that is not an automatic acknowledgement is the real answer.
        if (kind is not null and not "automatic")
        {
            if (real is not null && real != first)
            {
                row.Reject(C.RealAnswerAt, $"the first answer was {kind}, not automatic: real_answer_at must be empty or equal first_answer_at");
                return null;
            }

            real = first;
        }

        row.InOrder((C.SentAt, sent), (C.FirstAnswerAt, first), (C.RealAnswerAt, real));
        if (!row.Ok)
        {
            return null;
        }

        if (!clock.During(sent!.Value))
        {
            row.Reject(C.SentAt, $"{clock.LocalDate(sent.Value)} is outside the campaign's dates ({campaign.Starts:yyyy-MM-dd} to {campaign.Ends:yyyy-MM-dd})");
            return null;
        }

        if (!campaign.Illustrative && sent.Value > nowMs + 120_000)
        {
            row.Reject(C.SentAt, "in the future: check the device's clock");
            return null;
        }

        long windowEnd = clock.ObservationEndMs;
        if (first >= windowEnd)
        {
            row.Warn(C.FirstAnswerAt, $"answered {clock.LocalDate(first!.Value)}, after the observation window ({campaign.Protocol.WrittenObservationDays} days after the campaign): counted as unanswered");
            (first, kind, real, answerLanguage) = (null, null, null, null);
        }
        else if (real >= windowEnd)
        {
            row.Warn(C.RealAnswerAt, $"real answer {clock.LocalDate(real!.Value)}, after the observation window: counted as not really answered");
            real = null;
        }

        long observedUntil = real ?? Math.Max(sent.Value, campaign.Illustrative ? windowEnd : Math.Min(nowMs, windowEnd));
        return shell with
        {
            ComplainedAtMs = sent.Value,
            FirstResponseAtMs = first,
            ObservedUntilMs = Math.Max(observedUntil, first ?? 0),
            ResponseKind = kind switch
            {
                "automatic" => AnswerKinds.Automatic,
                "private_channel" => AnswerKinds.PrivateChannel,
                "repeat" => AnswerKinds.Repeat,
                "substantive" => AnswerKinds.Substantive,
                _ => null,
            },
            FirstSubstantiveAtMs = real,
            ComplaintLanguage = languageAsked,
            AnswerLanguage = answerLanguage,
            TrackingCode = tracking,
        };
    }
}
