namespace BrandPulse.Data.Classify;

/// <summary>
/// The language codes stored in <c>complaint.complaint_language</c> and <c>complaint.answer_language</c>: ISO 639-1 for
/// the five languages detected, "other" for anything else.
/// </summary>
public static class LanguageCodes
{
    public const string Spanish = "es";
    public const string Catalan = "ca";
    public const string Galician = "gl";
    public const string Basque = "eu";
    public const string English = "en";
    public const string Other = "other";

    /// <summary>Every code, in the order the contract lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Spanish, Catalan, Galician, Basque, English, Other];
}
