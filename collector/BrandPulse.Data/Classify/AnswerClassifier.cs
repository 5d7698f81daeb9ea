using System.Net;
using System.Text.RegularExpressions;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Classify;

/// <summary>
/// Says what a brand's reply is (<see cref="AnswerKinds"/>): Substantive, PrivateChannel, Automatic or Repeat, in
/// English or Spanish. The text is normalised (<see cref="Normalise"/>), split into sentences, and each sentence takes
/// the role of the first of <see cref="AnswerRules.All"/> that matches it (Substantive when none does). Then, in this
/// order: any substantive sentence makes the reply Substantive; else any automatic one makes it Automatic; else any
/// request to go private makes it PrivateChannel; else any request to repeat the complaint makes it Repeat; a reply of
/// courtesies only is an acknowledgement, counted as Automatic. Pure and deterministic.
/// </summary>
public static partial class AnswerClassifier
{
    /// <summary>How the text is prepared before the rules see it, for the methodology page.</summary>
    public const string NormalisationDescription =
        "HTML entities decoded; curly quotes and dashes straightened; lower case (invariant); accents removed (á → a, ü → u); "
        + "URLs replaced by a sentence break; @mentions, thread counters (1/2) and agent signatures (^RR, /AY, *MS, -AD, "
        + "- Paige at the end) removed; split into sentences at . ! ? ; and line breaks.";

    /// <summary><see cref="NormalisationDescription"/> in Spanish.</summary>
    public const string NormalisationDescriptionEs =
        "entidades HTML descodificadas; comillas tipográficas y rayas simplificadas; minúsculas (invariantes); sin tildes "
        + "(á → a, ü → u); los enlaces cuentan como fin de frase; se quitan las @menciones, los contadores de hilo (1/2) y las "
        + "firmas de agente (^RR, /AY, *MS, -AD, - Paige al final); se separa en frases en . ! ? ; y saltos de línea.";

    /// <summary><see cref="NormalisationDescription"/> in <paramref name="language"/> ("es" for Spanish; English otherwise).</summary>
    public static string DescribeNormalisation(string language) =>
        language == "es" ? NormalisationDescriptionEs : NormalisationDescription;

    public static string Classify(string text)
    {
        if (text is null)
        {
            return ClassifyUncached(text!);
        }

        // Replies differ mostly in the handles they open with ("@361013 Sorry to hear that! ..."), which normalisation
        // removes: the kind of the rest is remembered, up to a bound, so a million replies are not normalised one by one.
        ReadOnlySpan<char> rest = WithoutLeadingHandles(text);
        if (s_kindsByRest.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(rest, out string? known))
        {
            return known;
        }

        string kind = ClassifyUncached(text);
        if (s_kindsByRest.Count < MaxCachedReplies)
        {
            s_kindsByRest.TryAdd(rest.ToString(), kind);
        }

        return kind;
    }

    /// <summary>
    /// The text after its leading <c>@handle </c>s (ASCII letters, digits and underscores, each followed by one space).
    /// Normalisation removes such a handle and trims what it leaves, and nothing else it does reaches across that space
    /// (entities, URLs, counters and signatures are matched within the rest, which starts after a non-word character
    /// either way), so the text and its rest classify alike.
    /// </summary>
    internal static ReadOnlySpan<char> WithoutLeadingHandles(string text)
    {
        ReadOnlySpan<char> rest = text;
        while (rest.Length > 2 && rest[0] == '@')
        {
            int end = 1;
            while (end < rest.Length && (char.IsAsciiLetterOrDigit(rest[end]) || rest[end] == '_'))
            {
                end++;
            }

            if (end == 1 || end == rest.Length || rest[end] != ' ')
            {
                break;
            }

            rest = rest[(end + 1)..];
        }

        return rest;
    }

    private const int MaxCachedReplies = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> s_kindsByRest = new(StringComparer.Ordinal);

    /// <summary><see cref="Classify"/> without the cache of replies (the rules run on every sentence not seen before).</summary>
    internal static string ClassifyUncached(string text)
    {
        bool automatic = false, privateChannel = false, repeat = false;
        foreach (string sentence in Sentences(text))
        {
            switch (CachedRoleOf(sentence))
            {
                case SentenceRole.Substantive:
                    return AnswerKinds.Substantive; // one substantive sentence decides
                case SentenceRole.Automatic:
                    automatic = true;
                    break;
                case SentenceRole.PrivateChannel:
                    privateChannel = true;
                    break;
                case SentenceRole.Repeat:
                    repeat = true;
                    break;
            }
        }

        return automatic ? AnswerKinds.Automatic
            : privateChannel ? AnswerKinds.PrivateChannel
            : repeat ? AnswerKinds.Repeat
            : AnswerKinds.Automatic;
    }

    /// <summary>
    /// Brands answer with the same sentences again and again ("Send us a DM and we'll take a look."): the role of a
    /// normalised sentence is remembered, up to a bound, so a million replies do not run the rules a million times.
    /// </summary>
    private static SentenceRole CachedRoleOf(string sentence)
    {
        if (s_roles.TryGetValue(sentence, out SentenceRole role))
        {
            return role;
        }

        role = RoleOf(sentence);
        if (s_roles.Count < MaxCachedSentences)
        {
            s_roles.TryAdd(sentence, role);
        }

        return role;
    }

    private const int MaxCachedSentences = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SentenceRole> s_roles = new(StringComparer.Ordinal);

    /// <summary>The rule that decides a sentence's role, or null when none matches (the sentence is substantive).</summary>
    public static AnswerRule? RuleFor(string sentence) => AnswerRules.All.FirstOrDefault(r => r.Matches(sentence));

    public static SentenceRole RoleOf(string sentence) => RuleFor(sentence)?.Role ?? SentenceRole.Substantive;

    public static string Normalise(string text)
    {
        string t = WebUtility.HtmlDecode(text ?? "")
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u2013', '-').Replace('\u2014', '-')
            .ToLowerInvariant();
        t = WithoutAccents(t);
        t = Url().Replace(t, " . "); // a link ends a sentence: "details here <link> send us a DM" is two
        t = Mention().Replace(t, " ");
        t = Counter().Replace(t, " ");
        t = CaretSignature().Replace(t, " ");
        t = Whitespace().Replace(t, " ").Trim();
        t = EndSignature().Replace(t, "");
        return t.Trim();
    }

    /// <summary>Lower-case vowels with an accent, grave accent, circumflex or diaeresis become plain (ñ and ç stay).</summary>
    internal static string WithoutAccents(string lower)
    {
        if (!lower.AsSpan().ContainsAnyInRange('\u00e0', '\u00fc'))
        {
            return lower;
        }

        return string.Create(lower.Length, lower, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    'á' or 'à' or 'â' or 'ä' => 'a',
                    'é' or 'è' or 'ê' or 'ë' => 'e',
                    'í' or 'ì' or 'î' or 'ï' => 'i',
                    'ó' or 'ò' or 'ô' or 'ö' => 'o',
                    'ú' or 'ù' or 'û' or 'ü' => 'u',
                    char c => c,
                };
            }
        });
    }

    public static IReadOnlyList<string> Sentences(string text) =>
        [.. SentenceBreak().Split(Normalise(text)).Select(s => s.Trim()).Where(s => s.Length > 0)];

    [GeneratedRegex(@"https?://\S+|\bwww\.\S+|\bt\.co/\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![\w.])@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Counter();

    [GeneratedRegex(@"\^\s?[\p{L}]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex CaretSignature();

    [GeneratedRegex(@"(^|\s|[.!?])\s*[-/*_~]\s?[\p{L}]{1,15}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex EndSignature();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?;])\s+|[\r\n]+|(?<=[a-z])[.!;]+(?=[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
