using System.Globalization;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;
using BrandPulse.Statistics;
using SkiaSharp;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// Social card images (Open Graph, Twitter), one set per language (Spanish under <c>es/</c>): the site's and one per brand with its median wait per channel, drawn
/// with SkiaSharp in "DejaVu Sans". Bars are on a log scale from 1 minute to 30 days.
/// </summary>
public static class PreviewImage
{
    private const int MaxRows = 5;

    /// <summary>A brand's card in the language of the context, in the words of its strings (<c>card.*</c>).</summary>
    public static PreviewCard ForBrand(BrandFigures brand, SiteModel model, SiteContext context)
    {
        Strings text = context.Text;
        List<PreviewRow> rows = brand.Channels.Where(c => c.Status != FigureStatus.TooFew).Take(MaxRows)
            .Select(c => new PreviewRow(Badge.ChannelName(c.Channel, text), Units.HumanDuration(c.Summary.Median.Value, text.Language),
                Bar(c.Summary.Median.Value), Note(c, text)))
            .ToList();
        string subtitle = rows.Count == 0 ? text["card.brand_too_few"] : text["card.brand_subtitle"];
        return new PreviewCard(SafeText.Clean(brand.Brand.DisplayName), subtitle, rows, Footer(model, context));
    }

    /// <summary>The site's card in the language of the context.</summary>
    public static PreviewCard ForSite(SiteModel model, SiteContext context)
    {
        Strings text = context.Text;
        List<PreviewRow> rows = model.Rankings.Where(r => r.Ranked.Count > 0).Take(MaxRows)
            .Select(r => r.Ranked[0])
            .Select(f => new PreviewRow(text.Format("card.fastest", ("channel", Badge.ChannelName(f.Channel, text)), ("brand", SafeText.Clean(f.Brand.DisplayName))),
                Units.HumanDuration(f.Summary.Median.Value, text.Language), Bar(f.Summary.Median.Value), Note(f, text)))
            .ToList();
        return new PreviewCard(text["card.title"],
            text.Format("card.site_subtitle", ("complaints", Units.Count(model.TotalComplaints, text.Language)),
                ("brands", model.Brands.Count.ToString(CultureInfo.InvariantCulture))), rows, Footer(model, context));
    }

    /// <summary>
    /// The title's text size: 60 px, or as much smaller as it needs to fit <paramref name="width"/> whole (down to
    /// 36 px; a longer title is cut with "…"), so that the site's question is never cut in either language.
    /// </summary>
    public static float TitleSize(string title, float width) => FittingSize(title, 60, 36, width, true);

    /// <summary>The largest size from <paramref name="largest"/> down to <paramref name="smallest"/> at which <paramref name="text"/> fits <paramref name="width"/>.</summary>
    public static float FittingSize(string text, float largest, float smallest, float width, bool bold) =>
        Math.Clamp(MathF.Floor(largest * width / Math.Max(1, TextMeasure.Width(text, largest, bold))), smallest, largest);

    /// <summary>The caveat a channel's figures carry on cards and in the feed: illustrative data, answered conversations only, or none.</summary>
    internal static string? Note(ChannelFigures f, Strings text) =>
        f.Illustrative ? text["card.note_illustrative"] : f.SelectedBecauseAnswered ? text["card.note_answered_only"] : null;

    private static string Footer(SiteModel model, SiteContext context) =>
        context.Text.Format("card.footer", ("host", SiteUrls.Host(context)), ("version", context.MethodologyVersion),
            ("period", Period(model.PeriodStartMs, model.PeriodEndMs, context.Text)));

    /// <summary>The period of the complaints: English as the pages have always written it, other languages in their forms.</summary>
    internal static string Period(long startMs, long endMs, Strings text) =>
        text.Language == Strings.Reference ? FigureText.Period(startMs, endMs)
        : startMs == 0 && endMs == 0 ? text["figure.no_complaints_yet"]
        : text.Format("figure.period", ("start", Units.Date(startMs, text.Language)), ("end", Units.Date(endMs, text.Language)));

    private static double? Bar(double? minutes) => minutes is double m
        ? Math.Clamp(Math.Log10(Math.Max(m, 1)) / Math.Log10(30 * 1440), 0.02, 1)
        : null;

    /// <summary>The card as a PNG file (lossless: it decodes to the pixels of <see cref="Draw(PreviewCard)"/>).</summary>
    public static byte[] Png(PreviewCard card)
    {
        using SKImage image = Draw(card);
        using SKPixmap pixmap = image.PeekPixels();
        return PngFile.Encode(pixmap.GetPixelSpan(), pixmap.Width, pixmap.Height);
    }

    /// <summary>The card drawn, <see cref="PreviewSize.Width"/> by <see cref="PreviewSize.Height"/> pixels.</summary>
    public static SKImage Draw(PreviewCard card)
    {
        const int w = PreviewSize.Width, h = PreviewSize.Height, left = 72, right = w - 72;
        using var surface = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Opaque));
        SKCanvas canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var accent = new SKPaint { Color = SKColor.Parse("#1d4ed8"), IsAntialias = true };
        using var ink = new SKPaint { Color = SKColor.Parse("#1a1d21"), IsAntialias = true };
        using var muted = new SKPaint { Color = SKColor.Parse("#4b5563"), IsAntialias = true };
        using var soft = new SKPaint { Color = SKColor.Parse("#e5e9f0"), IsAntialias = true };
        using var warn = new SKPaint { Color = SKColor.Parse("#9a3412"), IsAntialias = true };
        canvas.DrawRect(0, 0, 16, h, accent);

        Draw(canvas, "Brand", left, 84, 34, true, ink);
        Draw(canvas, "Pulse", left + TextMeasure.Width("Brand", 34, true), 84, 34, true, accent);
        float titleSize = TitleSize(card.Title, right - left);
        Draw(canvas, TextMeasure.Fit(card.Title, titleSize, right - left, true), left, 170, titleSize, true, ink);
        Draw(canvas, TextMeasure.Fit(card.Subtitle, 28, right - left), left, 218, 28, false, muted);

        float y = 282;
        foreach (PreviewRow row in card.Rows)
        {
            // The note (a caveat) is never cut: the label gives way to it and to the value.
            float valueWidth = TextMeasure.Width(row.Value, 30, true);
            float noteWidth = row.Note is null ? 0 : TextMeasure.Width(row.Note, 20) + 14;
            string label = TextMeasure.Fit(row.Label, 28, right - left - valueWidth - 24 - noteWidth);
            Draw(canvas, label, left, y, 28, false, ink);
            if (row.Note is not null)
            {
                Draw(canvas, row.Note, left + TextMeasure.Width(label, 28) + 14, y, 20, false, warn);
            }

            Draw(canvas, row.Value, right - valueWidth, y, 30, true, ink);
            if (row.Bar is double bar)
            {
                canvas.DrawRoundRect(new SKRect(left, y + 12, right, y + 22), 5, 5, soft);
                canvas.DrawRoundRect(new SKRect(left, y + 12, left + (float)(bar * (right - left)), y + 22), 5, 5, row.Note is null ? accent : warn);
            }

            y += 64;
        }

        float footerSize = FittingSize(card.Footer, 22, 16, right - left, false);
        Draw(canvas, TextMeasure.Fit(card.Footer, footerSize, right - left), left, h - 36, footerSize, false, muted);
        return surface.Snapshot();
    }

    private static void Draw(SKCanvas canvas, string text, float x, float y, float size, bool bold, SKPaint paint)
    {
        using var font = new SKFont(TextMeasure.Typeface(bold), size) { Subpixel = true, Edging = SKFontEdging.Antialias };
        canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
    }
}
