using System.Text;

namespace BrandPulse.Data.Registry;

/// <summary>
/// Unicode canonical normalization (NFD and NFC) from tables shipped as data (<c>canonical.txt</c>, made by
/// <c>make-canonical.py</c>): with invariant globalization, as the programs run, <see cref="string.Normalize()"/>
/// returns its input unchanged (tested in UnicodeNormalizerTests).
/// </summary>
internal static class UnicodeNormalizer
{
    private const int HangulBase = 0xAC00, LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28, SyllableCount = 11172;

    private static readonly Dictionary<int, byte> s_classes = [];
    private static readonly Dictionary<int, int[]> s_decompositions = [];
    private static readonly Dictionary<(int, int), int> s_compositions = [];

    static UnicodeNormalizer()
    {
        using Stream stream = typeof(UnicodeNormalizer).Assembly.GetManifestResourceStream("BrandPulse.Data.Registry.Unicode.canonical.txt")
            ?? throw new InvalidOperationException("the Unicode table canonical.txt is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] parts = line.Split(';');
            int cp = Convert.ToInt32(parts[0], 16);
            byte ccc = byte.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            if (ccc != 0)
            {
                s_classes[cp] = ccc;
            }

            if (parts[2].Length > 0)
            {
                int[] to = [.. parts[2].Split(' ').Select(h => Convert.ToInt32(h, 16))];
                s_decompositions[cp] = to;
                if (parts[3] != "x")
                {
                    s_compositions[(to[0], to[1])] = cp;
                }
            }
        }
    }

    /// <summary>The canonical composition (NFC) of <paramref name="s"/>.</summary>
    public static string ToNfc(string s) => IsStable(s) ? s : Write(Compose(Decompose(s)));

    /// <summary>The canonical decomposition (NFD) of <paramref name="s"/>.</summary>
    public static string ToNfd(string s) => IsStable(s) ? s : Write(Decompose(s));

    /// <summary>The canonical combining class of a code point (0 for starters).</summary>
    public static int ClassOf(int cp) => s_classes.TryGetValue(cp, out byte ccc) ? ccc : 0;

    // Nothing below U+0300 decomposes in a way NFC changes, nor combines: such text is both NFC and, after
    // decomposition, unchanged except for precomposed Latin-1 letters, which are checked too.
    private static bool IsStable(string s)
    {
        foreach (char c in s)
        {
            if (c >= '\u00C0')
            {
                return false;
            }
        }

        return true;
    }

    private static List<int> Decompose(string s)
    {
        var result = new List<int>(s.Length + 4);
        foreach (Rune rune in s.EnumerateRunes())
        {
            Append(result, rune.Value);
        }

        // Canonical ordering: a stable sort of each run of non-starters by class.
        for (int i = 1; i < result.Count; i++)
        {
            int ccc = ClassOf(result[i]);
            if (ccc == 0)
            {
                continue;
            }

            for (int j = i; j > 0 && ClassOf(result[j - 1]) > ccc; j--)
            {
                (result[j - 1], result[j]) = (result[j], result[j - 1]);
            }
        }

        return result;
    }

    private static void Append(List<int> into, int cp)
    {
        int s = cp - HangulBase;
        if (s is >= 0 and < SyllableCount)
        {
            into.Add(LeadBase + (s / (VowelCount * TrailCount)));
            into.Add(VowelBase + (s % (VowelCount * TrailCount) / TrailCount));
            if (s % TrailCount != 0)
            {
                into.Add(TrailBase + (s % TrailCount));
            }
        }
        else if (s_decompositions.TryGetValue(cp, out int[]? parts))
        {
            foreach (int part in parts)
            {
                Append(into, part);
            }
        }
        else
        {
            into.Add(cp);
        }
    }

    private static List<int> Compose(List<int> cps)
    {
        var result = new List<int>(cps.Count);
        int starter = -1; // where the last starter is in result
        int lastClass = 0; // the class of the last code point in result
        foreach (int cp in cps)
        {
            int ccc = ClassOf(cp);
            bool adjacent = result.Count - 1 == starter;
            if (starter >= 0 && (adjacent || (lastClass != 0 && lastClass < ccc))
                && TryCompose(result[starter], cp, out int composed))
            {
                result[starter] = composed;
                continue;
            }

            if (ccc == 0)
            {
                starter = result.Count;
            }

            lastClass = ccc;
            result.Add(cp);
        }

        return result;
    }

    private static bool TryCompose(int first, int second, out int composed)
    {
        int l = first - LeadBase, v = second - VowelBase;
        if (l is >= 0 and < 19 && v is >= 0 and < VowelCount)
        {
            composed = HangulBase + (((l * VowelCount) + v) * TrailCount);
            return true;
        }

        int lv = first - HangulBase, t = second - TrailBase;
        if (lv is >= 0 and < SyllableCount && lv % TrailCount == 0 && t is > 0 and < TrailCount)
        {
            composed = first + t;
            return true;
        }

        return s_compositions.TryGetValue((first, second), out composed);
    }

    private static string Write(List<int> cps)
    {
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            sb.Append(new Rune(cp).ToString());
        }

        return sb.ToString();
    }
}
