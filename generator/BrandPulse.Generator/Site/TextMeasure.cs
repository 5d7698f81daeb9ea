using SkiaSharp;

namespace BrandPulse.Generator.Site;

/// <summary>Text widths in the site's drawing font ("DejaVu Sans", as the charts and CSS use), so drawings fit their text.</summary>
public static class TextMeasure
{
    public const string FontName = Charts.WaitChart.FontName;

    private static readonly SKTypeface s_regular = Load(false), s_bold = Load(true);

    /// <summary>The drawing font, regular or bold (loaded once: a typeface is immutable and shared across threads).</summary>
    public static SKTypeface Typeface(bool bold = false) => bold ? s_bold : s_regular;

    /// <summary>One font object per thread, set to the size and weight asked: making one per call nearly doubled the cost of a measure.</summary>
    [ThreadStatic] private static SKFont? t_font;

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/> px.</summary>
    public static float Width(string text, float size, bool bold = false)
    {
        SKFont font = t_font ??= new SKFont(s_regular, size);
        font.Typeface = Typeface(bold);
        font.Size = size;
        return font.MeasureText(text);
    }

    /// <summary>The text, cut with "…" so that it is at most <paramref name="max"/> wide.</summary>
    public static string Fit(string text, float size, float max, bool bold = false)
    {
        if (Width(text, size, bold) <= max)
        {
            return text;
        }

        string cut = text;
        while (cut.Length > 1 && Width(cut + "…", size, bold) > max)
        {
            cut = cut[..^1];
            if (char.IsHighSurrogate(cut[^1]))
            {
                cut = cut[..^1];
            }
        }

        return cut.TrimEnd() + "…";
    }

    private static SKTypeface Load(bool bold) => SKTypeface.FromFamilyName(FontName,
        new SKFontStyle(bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright));
}
