using System.Text.RegularExpressions;

namespace BrandPulse.Data.Classify;

/// <summary>
/// Tells which of Spanish, Catalan, Galician, Basque and English a short text (a tweet, a reply) is written in, by
/// scoring its words against <see cref="LanguageWords"/> and a few spelling marks (Catalan à è ò, l·l and l' d';
/// Galician -nh- and x before a vowel; Basque tx tz ts and its endings; English th, w and -ing; Spanish ¿ ¡). Pure,
/// deterministic and allocation-light; measured against SearchPioneer.Lingua in LANGUAGE.md beside this file.
/// </summary>
public static partial class LanguageDetector
{
    /// <summary>Fewer words than this (after handles, links and numbers are removed) is too short to tell.</summary>
    public const int MinWords = 2;

    /// <summary>The best language must lead the second by this much, or the text is unsure (null).</summary>
    public const double MinLead = 0.5;

    private static readonly string[] s_languages = [LanguageCodes.Spanish, LanguageCodes.Catalan, LanguageCodes.Galician, LanguageCodes.Basque, LanguageCodes.English];
    private static readonly Dictionary<string, double[]> s_weights = Weights();

    /// <summary>
    /// The language of <paramref name="text"/>: es, ca, gl, eu or en; "other" when it has five words or more and hardly
    /// any is a frequent word of those five; null when it is too short (fewer than <see cref="MinWords"/> words) or unsure.
    /// </summary>
    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string t = Noise().Replace(text.ToLowerInvariant().Replace('\u2019', '\''), " ");
        Span<double> score = stackalloc double[5];
        int words = 0, known = 0;
        foreach (Match m in Word().Matches(t))
        {
            words++;
            string w = m.Value;
            bool hit = Add(score, w);
            int apostrophe = w.IndexOf('\'', StringComparison.Ordinal);
            if (!hit && apostrophe > 0)
            {
                hit |= Add(score, w[..apostrophe]); // Catalan clitics: l'estació, d'ahir, m'heu
                hit |= Add(score, w[(apostrophe + 1)..]);
            }

            known += hit ? 1 : 0;
            Marks(score, w);
        }

        if (words < MinWords)
        {
            return null;
        }

        int best = 0, second = -1;
        for (int i = 1; i < score.Length; i++)
        {
            if (score[i] > score[best])
            {
                second = best;
                best = i;
            }
            else if (second < 0 || score[i] > score[second])
            {
                second = i;
            }
        }

        if (score[best] < 1 && words >= 5 && known * 5 < words)
        {
            return LanguageCodes.Other; // five words or more, hardly any known, and no language's spelling
        }

        return score[best] >= 1 && score[best] - score[second] >= MinLead ? s_languages[best] : null;
    }

    private static bool Add(Span<double> score, string word)
    {
        if (!s_weights.TryGetValue(word, out double[]? w))
        {
            return false;
        }

        for (int i = 0; i < score.Length; i++)
        {
            score[i] += w[i];
        }

        return true;
    }

    /// <summary>Spelling that belongs to one language more than the others.</summary>
    private static void Marks(Span<double> score, string w)
    {
        const int Es = 0, Ca = 1, Gl = 2, Eu = 3, En = 4;
        foreach (char c in w)
        {
            score[Ca] += c is 'à' or 'è' or 'ò' or '·' ? 1 : c == 'ç' ? 0.5 : 0;
            score[Es] += c == 'ñ' ? 0.3 : 0;
            score[Gl] += c == 'ñ' ? 0.3 : 0;
            score[En] += c == 'w' ? 0.3 : 0;
            score[Eu] += c == 'k' ? 0.3 : 0;
        }

        bool cion = w.EndsWith("ción", StringComparison.Ordinal);
        score[Es] += cion ? 0.3 : 0;
        score[Gl] += (cion ? 0.3 : 0) + (w.Contains("nh", StringComparison.Ordinal) ? 1 : 0) + (HasGalicianX(w) ? 0.5 : 0);
        score[Ca] += w.EndsWith("ció", StringComparison.Ordinal) ? 1 : 0;
        score[Eu] += (w.Contains("tx", StringComparison.Ordinal) || w.Contains("tz", StringComparison.Ordinal) ? 0.5 : 0)
            + (HasBasqueEnding(w) ? 0.5 : 0);
        score[En] += (w.Contains("th", StringComparison.Ordinal) ? 0.3 : 0) + (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) ? 0.5 : 0);
    }

    /// <summary>Each word's weight per language: 1 / the number of lists it is in, for each list it is in.</summary>
    private static Dictionary<string, double[]> Weights()
    {
        var weights = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (int i = 0; i < s_languages.Length; i++)
        {
            foreach (string word in LanguageWords.ByLanguage[s_languages[i]])
            {
                (weights.TryGetValue(word, out double[]? w) ? w : weights[word] = new double[5])[i] = 1;
            }
        }

        foreach (double[] w in weights.Values)
        {
            double lists = w.Sum();
            for (int i = 0; i < w.Length; i++)
            {
                w[i] /= lists;
            }
        }

        return weights;
    }

    /// <summary>Links, @handles, #hashtags and numbers: not words of any language.</summary>
    [GeneratedRegex(@"https?://\S+|\bwww\.\S+|[@#][\w_]+|\^\w+|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Noise();

    [GeneratedRegex(@"[\p{L}·]+('[\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>An x before a vowel, not after e, i or x (Galician xa, mensaxe, axuda; not Spanish exacto, Catalan deixa).</summary>
    private static bool HasGalicianX(string w)
    {
        for (int i = w.IndexOf('x', StringComparison.Ordinal); i >= 0 && i < w.Length - 1; i = w.IndexOf('x', i + 1))
        {
            if ((i == 0 || w[i - 1] is not ('e' or 'i' or 'x')) && w[i + 1] is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_basqueEndings = ["tik", "rekin", "ekin", "gatik", "tzen", "tuko", "ko", "ak", "ek", "rik", "aren", "ean", "ago"];

    /// <summary>A Basque case or verb ending after at least two letters (-tik, -rekin, -gatik, -tzen, -tuko, -ko, -ak, ...).</summary>
    private static bool HasBasqueEnding(string w) =>
        s_basqueEndings.Any(e => w.Length >= e.Length + 2 && w.EndsWith(e, StringComparison.Ordinal));
}
