using System.Text.RegularExpressions;

namespace BrandPulse.Data.Classify;

/// <summary>What a sentence of a brand's reply counts as when its rule matches.</summary>
public enum SentenceRole
{
    /// <summary>Addresses the problem: information, a fix, a question about it.</summary>
    Substantive,

    /// <summary>An automatic acknowledgement: ticket number, "request received", out-of-hours, "we'll get back to you".</summary>
    Automatic,

    /// <summary>Asks the customer to move to a private channel (DM, email, phone, a support form).</summary>
    PrivateChannel,

    /// <summary>Asks the customer to say again what the complaint already said ("can you tell us more?", "¿qué ha pasado?").</summary>
    Repeat,

    /// <summary>Courtesy only ("thanks for reaching out", "we're happy to help"): says nothing either way.</summary>
    Courtesy,
}

/// <summary>
/// One documented classification rule: a regular expression over a normalised sentence (lower case, accents removed,
/// no @mentions, URLs or signatures) and what a sentence it matches counts as. The methodology page prints these, in
/// English (<see cref="Description"/>) or Spanish (<see cref="DescriptionEs"/>). One pattern holds the English and the
/// Spanish phrasings. A rule with <see cref="Strip"/> matches a sentence that has at most two words left once every
/// match of the pattern is removed.
/// </summary>
public sealed partial record AnswerRule(string Name, SentenceRole Role, string Description, string DescriptionEs, string Pattern, bool Strip = false)
{
    /// <summary>The description in <paramref name="language"/> ("es" for Spanish; English otherwise).</summary>
    public string Describe(string language) => language == "es" ? DescriptionEs : Description;

    private const int MaxLeftoverWords = 2;

    internal Regex Regex { get; } = new(Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2));

    public bool Matches(string sentence)
    {
        try
        {
            return Strip ? Word().Count(Regex.Replace(sentence, " ")) <= MaxLeftoverWords : Regex.IsMatch(sentence);
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // never expected (patterns have no nested quantifiers); the sentence then counts as substantive
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
