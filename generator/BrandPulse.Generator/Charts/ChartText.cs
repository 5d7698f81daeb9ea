using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.Charts;

/// <summary>Words laid out in a drawing: text broken into lines that fit a width, measured in the drawing font.</summary>
public static class ChartText
{
    /// <summary>
    /// <paramref name="text"/> in lines at most <paramref name="maxWidth"/> wide at <paramref name="fontSize"/>: broken
    /// between words, and inside a word only where one word alone is wider than a line. Nothing is left out.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double fontSize, double maxWidth)
    {
        var lines = new List<string>();
        string line = "";
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string joined = line.Length == 0 ? word : line + " " + word;
            if (Fits(joined, fontSize, maxWidth))
            {
                line = joined;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (!Fits(line, fontSize, maxWidth) && line.Length > 1)
            {
                int cut = line.Length - 1;
                while (cut > 1 && !Fits(line[..cut], fontSize, maxWidth))
                {
                    cut--;
                }

                if (char.IsHighSurrogate(line[cut - 1]) && cut > 1)
                {
                    cut--;
                }

                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static bool Fits(string text, double fontSize, double maxWidth) => TextMeasure.Width(text, (float)fontSize) <= maxWidth;
}
