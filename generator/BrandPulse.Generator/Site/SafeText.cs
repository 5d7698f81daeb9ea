using System.Text;

namespace BrandPulse.Generator.Site;

/// <summary>
/// Text from the database made safe to draw (SVG badges, PNG cards): characters XML forbids and bidirectional
/// controls are removed, so a name such as "\u202Eevil" cannot reverse the text around it.
/// </summary>
public static class SafeText
{
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (IsBidiControl(c) || (char.IsControl(c) && c != ' ') || c is '\uFFFE' or '\uFFFF')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().Trim();
    }

    /// <summary>Whether a character changes the direction of the text around it (LRE, RLO, FSI, ALM, …).</summary>
    public static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
