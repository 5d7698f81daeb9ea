namespace BrandPulse.Data.Model;

/// <summary>
/// How a phone call ended, stored in <c>complaint.outcome</c> (phone rows only). Reaching a person is the event of
/// interest; the others compete with it: a caller who gives up has been failed, not censored.
/// </summary>
public static class PhoneOutcomes
{
    /// <summary>A person answered (at <c>first_response_at_ms</c>).</summary>
    public const string ReachedPerson = "reached_person";

    /// <summary>The caller hung up while waiting (in a real log: any time; in a field campaign: after the protocol's wait).</summary>
    public const string Abandoned = "abandoned";

    /// <summary>The line cut the call.</summary>
    public const string CutOff = "cut_off";

    /// <summary>The line was busy or nobody answered: it never connected (complained_at is the dialling time).</summary>
    public const string BusyNoAnswer = "busy_no_answer";

    /// <summary>The line connected but offered no way to reach a person.</summary>
    public const string NoPersonOffered = "no_person_offered";

    public static IReadOnlyList<string> All { get; } = [ReachedPerson, Abandoned, CutOff, BusyNoAnswer, NoPersonOffered];

    /// <summary>
    /// The outcome a phone row counts with: the stored one, else (a row stored without one) reached_person when a person
    /// answered and abandoned when not; null off the phone. The figures and complaints.csv both use this.
    /// </summary>
    public static string? Of(ComplaintRow row) =>
        row.Channel != Channels.Phone ? null : row.Outcome ?? (row.Answered ? ReachedPerson : Abandoned);
}
