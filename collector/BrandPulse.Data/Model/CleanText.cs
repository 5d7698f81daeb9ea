using System.Text;

namespace BrandPulse.Data.Model;

/// <summary>
/// The one policy for names that reach pages, charts and downloads: bidi and zero-width controls are stripped (they
/// can reorder or hide what a reader sees, RELIABILITY IDN-02), C0/C1 control characters are refused where a person
/// typed the name and stripped where an import found it (IMP-09), and runs of white space become one space.
/// </summary>
public static class CleanText
{
    /// <summary>Bidi embeddings/overrides/isolates, zero-width characters, the Arabic letter mark and the BOM.</summary>
    public static bool IsInvisibleFormat(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064')
            or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u061C';

    public static bool IsControl(char c) => c < ' ' || c is (>= '\u007F' and <= '\u009F');

    /// <summary>Whether <paramref name="s"/> holds a control character other than tab and line breaks (which read as spaces).</summary>
    public static bool HasControl(string s) => s.Any(c => IsControl(c) && c is not ('\t' or '\n' or '\r'));

    /// <summary>The name as published: invisible formatting and controls removed, white space collapsed, trimmed.</summary>
    public static string Name(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (IsInvisibleFormat(c) || (IsControl(c) && c is not ('\t' or '\n' or '\r')))
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

        return sb.ToString();
    }
}
