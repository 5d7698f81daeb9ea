namespace BrandPulse.Data.Import.Field;

/// <summary>The columns of the field export CSV written by the capture page, in their order (see the README).</summary>
internal static class FieldColumns
{
    public const string AttemptId = "attempt_id";
    public const string Campaign = "campaign";
    public const string Brand = "brand";
    public const string Contact = "contact";
    public const string Channel = "channel";
    public const string Volunteer = "volunteer";
    public const string DeviceId = "device_id";
    public const string DialedAt = "dialed_at";
    public const string ConnectedAt = "connected_at";
    public const string AskedPersonAt = "asked_person_at";
    public const string PersonAt = "person_at";
    public const string EndedAt = "ended_at";
    public const string Outcome = "outcome";
    public const string MenuOfferedPerson = "menu_offered_person";
    public const string LanguageAsked = "language_asked";
    public const string LanguageServed = "language_served";
    public const string TrackingCode = "tracking_code";
    public const string SentAt = "sent_at";
    public const string FirstAnswerAt = "first_answer_at";
    public const string FirstAnswerKind = "first_answer_kind";
    public const string RealAnswerAt = "real_answer_at";
    public const string AnswerLanguage = "answer_language";
    public const string UpdatedAt = "updated_at";

    public static IReadOnlyList<string> All { get; } =
    [
        AttemptId, Campaign, Brand, Contact, Channel, Volunteer, DeviceId, DialedAt, ConnectedAt, AskedPersonAt, PersonAt,
        EndedAt, Outcome, MenuOfferedPerson, LanguageAsked, LanguageServed, TrackingCode, SentAt, FirstAnswerAt,
        FirstAnswerKind, RealAnswerAt, AnswerLanguage, UpdatedAt,
    ];

    /// <summary>The outcomes a volunteer records for a call.</summary>
    public static IReadOnlyList<string> CallOutcomes { get; } =
        ["reached_person", "hung_up_after_wait", "cut_off", "busy_no_answer", "no_person_offered"];

    /// <summary>The kinds of a written complaint's first answer.</summary>
    public static IReadOnlyList<string> AnswerKinds { get; } = ["automatic", "private_channel", "repeat", "substantive"];
}
