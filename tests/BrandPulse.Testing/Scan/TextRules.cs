using System.Text;

namespace BrandPulse.Testing.Scan;

/// <summary>Rules for every text file: strict UTF-8, no bidi or C0 control characters, no canary.</summary>
internal static class TextRules
{
    private static readonly UTF8Encoding s_strict = new(false, throwOnInvalidBytes: true);

    public static string? Decode(byte[] bytes, Action<string, string> add)
    {
        try
        {
            return s_strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            add("utf8", $"invalid UTF-8 at byte {e.Index}");
            return null;
        }
    }

    public static void Check(string text, IReadOnlyList<string> canaries, Action<string, string> add)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                add("bidi", $"U+{(int)c:X4} at character {i}: {Around(text, i)}");
            }
            else if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                add("control", $"U+{(int)c:X4} at character {i}: {Around(text, i)}");
            }
            else if (c == '\uFFFD')
            {
                add("replacement", $"U+FFFD at character {i} (input decoded leniently?): {Around(text, i)}");
            }
        }

        foreach (string canary in canaries.Where(c => text.Contains(c, StringComparison.OrdinalIgnoreCase)))
        {
            add("canary", $"contains '{canary}'");
        }
    }

    /// <summary>A short excerpt around a position, controls shown as code points.</summary>
    public static string Around(string text, int at)
    {
        int from = Math.Max(0, at - 30);
        string part = text[from..Math.Min(text.Length, at + 30)];
        return string.Concat(part.Select(c => c < ' ' || c is (>= '\u2000' and <= '\u206F') ? $"<U+{(int)c:X4}>" : c.ToString()));
    }
}
