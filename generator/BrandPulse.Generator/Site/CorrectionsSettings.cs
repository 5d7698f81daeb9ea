namespace BrandPulse.Generator.Site;

/// <summary>
/// How readers and brands ask for a correction: the address to write to and the promised time to an answer, in working
/// days. From the <c>corrections</c> block of <c>SITE/content/settings.json</c> (<see cref="SiteSettings"/>).
/// </summary>
public sealed record CorrectionsSettings(string Email, int AnswerWithinWorkingDays);
