namespace BrandPulse.Data.Model;

/// <summary>
/// The languages a complaint was made in and answered in (<c>complaint_language</c>, <c>answer_language</c>): Spain's
/// official and co-official languages, English, and other.
/// </summary>
public static class Languages
{
    public const string Spanish = "es";
    public const string Catalan = "ca";
    public const string Galician = "gl";
    public const string Basque = "eu";
    public const string English = "en";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Spanish, Catalan, Galician, Basque, English, Other];

    /// <summary>The code in lower case when it is one of <see cref="All"/>, else null.</summary>
    public static string? Normalize(string? code)
    {
        string lower = (code ?? "").Trim().ToLowerInvariant();
        return All.Contains(lower) ? lower : null;
    }
}
