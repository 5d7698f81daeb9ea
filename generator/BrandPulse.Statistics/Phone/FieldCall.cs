namespace BrandPulse.Statistics;

/// <summary>
/// One field-campaign call attempt as the phone statistics need it. Times are seconds from the line connecting.
/// </summary>
/// <param name="Call">Outcome and time from connection.</param>
/// <param name="AskedPersonSeconds">When the caller asked for a person (seconds from connection); null if not recorded.</param>
/// <param name="MenuOfferedPerson">Did the main menu offer a person; null if not recorded.</param>
/// <param name="LanguageAsked">Language the caller asked in (es, ca, gl, eu, en, other); null if not recorded.</param>
/// <param name="LanguageServed">Language the caller was served in; null if not recorded.</param>
/// <param name="TrackingCode">Was a tracking code given; null if not recorded.</param>
public sealed record FieldCall(
    PhoneCall Call,
    double? AskedPersonSeconds = null,
    bool? MenuOfferedPerson = null,
    string? LanguageAsked = null,
    string? LanguageServed = null,
    bool? TrackingCode = null);
