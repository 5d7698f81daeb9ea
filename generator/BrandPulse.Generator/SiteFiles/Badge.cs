using System.Globalization;
using System.Text;
using System.Xml;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>What a brand's badge says (its headline channel, median wait, methodology version) and how wide it is.</summary>
public sealed record BadgeModel(string Slug, string Label, string Message, string Description, bool Illustrative,
    float LabelWidth, float MessageWidth)
{
    public int Width => (int)(LabelWidth + MessageWidth);
}

/// <summary>
/// A brand's embeddable badge (<c>brands/SLUG/badge.svg</c>, in Spanish <c>es/brands/SLUG/badge.svg</c>), shields-style: "BrandPulse | Apple · Twitter/X median
/// 1 h 42 min · method 1.0". Written with <see cref="XmlWriter"/>, so every name is escaped; bidi controls are removed.
/// </summary>
public static class Badge
{
    public const int Height = 20;
    private const float FontSize = 11;
    private const float Pad = 6;

    public static string PathOf(string slug) => $"brands/{slug}/badge.svg";

    /// <summary>Where a brand's badge in a language is: <c>brands/SLUG/badge.svg</c>, in Spanish under <c>es/</c>.</summary>
    public static string PathOf(string slug, SiteLanguage language) => SiteLanguages.Prefix(language) + PathOf(slug);

    /// <summary>The badge in the language of the context, in the words of its strings (<c>badge.*</c>).</summary>
    public static BadgeModel For(BrandFigures brand, SiteContext context)
    {
        Strings text = context.Text;
        string name = TextMeasure.Fit(SafeText.Clean(brand.Brand.DisplayName), FontSize, 220);
        ChannelFigures? f = Headline(brand);
        string version = context.MethodologyVersion;
        string method = text.Format("badge.method", ("version", version));
        if (f is null)
        {
            return Model(brand.Brand.Slug, text.Format("badge.too_few", ("brand", name), ("method", method)),
                text.Format("badge.too_few_description", ("brand", name), ("version", version)), false);
        }

        string channel = ChannelName(f.Channel, text);
        string wait = Units.HumanDuration(f.Summary.Median.Value, text.Language);
        string? note = f.Illustrative ? text["badge.note_illustrative"] : f.SelectedBecauseAnswered ? text["badge.note_answered_only"] : null;
        return note is null
            ? Model(brand.Brand.Slug, text.Format("badge.message", ("brand", name), ("channel", channel), ("wait", wait), ("method", method)),
                text.Format("badge.description", ("brand", name), ("channel", channel), ("wait", wait), ("version", version)), f.Illustrative)
            : Model(brand.Brand.Slug,
                text.Format("badge.message_noted", ("brand", name), ("channel", channel), ("wait", wait), ("note", note), ("method", method)),
                text.Format("badge.description_noted", ("brand", name), ("channel", channel), ("wait", wait), ("note", note), ("version", version)),
                f.Illustrative);
    }

    /// <summary>A channel's name: English as the pages have always named it, other languages from their strings.</summary>
    internal static string ChannelName(string channel, Strings text) =>
        text.Language != Strings.Reference && text.Values.TryGetValue("channel." + channel, out string? name) ? name : Channels.DisplayName(channel);

    private static BadgeModel Model(string slug, string message, string description, bool illustrative) =>
        new(slug, "BrandPulse", message, description, illustrative, Measure("BrandPulse"), Measure(message));

    private static float Measure(string text) => MathF.Ceiling(TextMeasure.Width(text, FontSize) + 2 * Pad);

    /// <summary>The first channel with figures to show, real data before illustrative data.</summary>
    public static ChannelFigures? Headline(BrandFigures brand) =>
        brand.Channels.Where(c => c.Status != FigureStatus.TooFew).OrderBy(c => c.Illustrative).FirstOrDefault();

    public static string Svg(BadgeModel badge)
    {
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, NewLineChars = "\n" };
        using (var w = XmlWriter.Create(sb, settings))
        {
            const string ns = "http://www.w3.org/2000/svg";
            w.WriteStartElement("svg", ns);
            w.WriteAttributeString("width", N(badge.Width));
            w.WriteAttributeString("height", N(Height));
            w.WriteAttributeString("viewBox", $"0 0 {N(badge.Width)} {N(Height)}");
            w.WriteAttributeString("role", "img");
            w.WriteAttributeString("aria-label", badge.Description);
            w.WriteElementString("title", ns, badge.Description);
            w.WriteStartElement("clipPath", ns);
            w.WriteAttributeString("id", "r");
            Rect(w, 0, badge.Width, "#fff", rx: 3);
            w.WriteEndElement();
            w.WriteStartElement("g", ns);
            w.WriteAttributeString("clip-path", "url(#r)");
            Rect(w, 0, badge.LabelWidth, "#1a1d21");
            Rect(w, badge.LabelWidth, badge.MessageWidth, badge.Illustrative ? "#9a3412" : "#1d4ed8");
            w.WriteEndElement();
            w.WriteStartElement("g", ns);
            w.WriteAttributeString("fill", "#fff");
            w.WriteAttributeString("font-family", $"{TextMeasure.FontName},Verdana,Geneva,sans-serif");
            w.WriteAttributeString("font-size", N(FontSize));
            Text(w, Pad, badge.LabelWidth - 2 * Pad, badge.Label);
            Text(w, badge.LabelWidth + Pad, badge.MessageWidth - 2 * Pad, badge.Message);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        return sb.Append('\n').ToString();
    }

    private static void Rect(XmlWriter w, float x, float width, string fill, int rx = 0)
    {
        w.WriteStartElement("rect", "http://www.w3.org/2000/svg");
        if (x != 0)
        {
            w.WriteAttributeString("x", N(x));
        }

        w.WriteAttributeString("width", N(width));
        w.WriteAttributeString("height", N(Height));
        if (rx != 0)
        {
            w.WriteAttributeString("rx", N(rx));
        }

        w.WriteAttributeString("fill", fill);
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, float x, float length, string text)
    {
        w.WriteStartElement("text", "http://www.w3.org/2000/svg");
        w.WriteAttributeString("x", N(x));
        w.WriteAttributeString("y", "14");
        w.WriteAttributeString("textLength", N(length));
        w.WriteAttributeString("lengthAdjust", "spacingAndGlyphs");
        w.WriteString(text);
        w.WriteEndElement();
    }

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
