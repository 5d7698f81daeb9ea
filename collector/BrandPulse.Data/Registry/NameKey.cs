using System.Buffers;
using System.Globalization;
using System.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Registry;

/// <summary>
/// When two spellings of a brand name or account handle are the same brand. The key is the text with invisible
/// characters (zero-width, byte-order mark, bidi marks, soft hyphen) and controls removed, every space (no-break
/// ones included) made one space and trimmed, canonically decomposed, case folded by the invariant simple mappings
/// (upper then lower case: Greek final sigma folds with sigma; the Turkish dotted İ and dotless ı fold to nothing
/// else, never by Turkish rules), and composed again (NFC). Accents stay: "Telefonica" and "Telefónica" have
/// different keys, and only <see cref="Loose"/> (used to warn a person typing a name) drops them.
/// </summary>
public static class NameKey
{
    /// <summary>The key of a brand name.</summary>
    public static string Of(string name) =>
        IsPlainAscii(name) ? name.ToLowerInvariant() : UnicodeNormalizer.ToNfc(Fold(UnicodeNormalizer.ToNfd(Clean(name))));

    /// <summary>The key of an account handle: the key of the handle without its leading @s.</summary>
    public static string OfHandle(string handle) => Of(handle.Trim().TrimStart('@'));

    /// <summary>The key without accents: what a name would be compared by if accents did not count.</summary>
    public static string Loose(string name)
    {
        string decomposed = UnicodeNormalizer.ToNfd(Fold(UnicodeNormalizer.ToNfd(Clean(name))));
        var sb = new StringBuilder(decomposed.Length);
        foreach (Rune rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (rune.IsBmp)
            {
                sb.Append(LatinFold.Fold((char)rune.Value));
            }
            else
            {
                sb.Append(rune.ToString());
            }
        }

        return Fold(sb.ToString());
    }

    /// <summary>
    /// The text as a person would read it, in composed form (NFC): invisible characters and controls removed,
    /// spaces collapsed and trimmed. Brand names are stored like this.
    /// </summary>
    public static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (IsInvisible(c) || CleanText.IsControl(c) && !char.IsWhiteSpace(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return UnicodeNormalizer.ToNfc(sb.ToString());
    }

    /// <summary>Whether <paramref name="s"/> holds a character <see cref="Clean"/> removes without a trace.</summary>
    public static bool HasInvisible(string s) => s.Any(c => IsInvisible(c) || (CleanText.IsControl(c) && !char.IsWhiteSpace(c)));

    private static readonly SearchValues<char> s_invisible = SearchValues.Create(
        "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064"
        + "\u2066\u2067\u2068\u2069\uFEFF\u061C\u00AD\u180E\u034F");

    /// <summary>Whether <paramref name="s"/> holds an invisible character (fast: for every tweet's text).</summary>
    internal static bool ContainsInvisible(ReadOnlySpan<char> s) => s.ContainsAny(s_invisible);

    /// <summary>Whether <see cref="Clean"/> removes <paramref name="c"/> as invisible.</summary>
    internal static bool IsInvisible(char c) => CleanText.IsInvisibleFormat(c) || c is '\u00AD' or '\u180E' or '\u034F';

    // Printable ASCII without spaces at either end or doubled (most handles and names): only case to fold.
    private static bool IsPlainAscii(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is < ' ' or > '~' || (c == ' ' && (i == 0 || i == s.Length - 1 || s[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    private static string Fold(string s) => s.ToUpperInvariant().ToLowerInvariant();
}
