using System.Globalization;
using BrandPulse.Data.Model;

namespace BrandPulse.Generator.Downloads;

/// <summary>
/// The cells of complaints.csv after <c>reference</c> (issue 13): the phone outcome every call counts with, and what a
/// field call recorded, so that the phone's 3-minute share and the field-call figures (time from asking for a person,
/// menu offered a person, calls cut off, language served, tracking code) can be recomputed from the download alone.
/// </summary>
internal static class FieldCallCells
{
    /// <summary>
    /// outcome, campaign, protocol_min_wait_seconds, seconds_to_ask_for_person, menu_offered_person, complaint_language,
    /// answer_language, tracking_code: each empty where not recorded.
    /// </summary>
    public static void Write(TextWriter writer, ComplaintRow r, IReadOnlyDictionary<string, Campaign>? campaigns, Span<char> buffer)
    {
        writer.Write(PhoneOutcomes.Of(r));
        writer.Write(',');
        writer.Write(r.Campaign is { } slug ? CsvText.Quote(slug) : "");
        writer.Write(',');
        if (r.Campaign is { } c && campaigns?.GetValueOrDefault(c) is { } campaign)
        {
            Number(writer, campaign.Protocol.MinWaitSeconds, buffer);
        }

        writer.Write(',');
        if (r.AskedPersonAtMs is long asked)
        {
            // Rounded as the figures round it (LawComputation): whole seconds from the line connecting.
            Number(writer, (long)Math.Round((asked - r.ComplainedAtMs) / 1000.0, MidpointRounding.AwayFromZero), buffer);
        }

        writer.Write(',');
        writer.Write(Flag(r.MenuOfferedPerson));
        writer.Write(',');
        writer.Write(r.ComplaintLanguage is { } askedIn ? CsvText.Quote(askedIn) : "");
        writer.Write(',');
        writer.Write(r.AnswerLanguage is { } servedIn ? CsvText.Quote(servedIn) : "");
        writer.Write(',');
        writer.Write(Flag(r.TrackingCode));
    }

    private static string Flag(bool? value) => value switch { true => "true", false => "false", null => "" };

    private static void Number(TextWriter writer, long value, Span<char> buffer)
    {
        value.TryFormat(buffer, out int n, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..n]);
    }
}
