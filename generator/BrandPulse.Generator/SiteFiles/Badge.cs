using System.Globalization;
using System.Text;
using System.Xml;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>What a brand's badge says (its headline channel, median wait, methodology version) and how wide it is.</summary>
public sealed record BadgeModel(string Slug, string Label, string Message, string Description, bool Illustrative,
    float LabelWidth, float MessageWidth)
{
    public int Width => (int)(LabelWidth + MessageWidth);
}

/// <summary>
/// A brand's embeddable badge (<c>brands/SLUG/badge.svg</c>), shields-style: "BrandPulse | Apple · Twitter/X median
/// 1 h 42 min · method 1.0". Written with <see cref="XmlWriter"/>, so every name is escaped; bidi controls are removed.
/// </summary>
public static class Badge
{
    public const int Height = 20;
    private const float FontSize = 11;
    private const float Pad = 6;

    public static string PathOf(string slug) => $"brands/{slug}/badge.svg";

    public static BadgeModel For(BrandFigures brand, SiteContext context)
    {
        string name = TextMeasure.Fit(SafeText.Clean(brand.Brand.DisplayName), FontSize, 220);
        ChannelFigures? f = Headline(brand);
        string method = $"method {context.MethodologyVersion}";
        if (f is null)
        {
            return Model(brand.Brand.Slug, $"{name} · too few complaints yet · {method}",
                $"BrandPulse: too few complaints about {name} yet to show figures (methodology {context.MethodologyVersion}).", false);
        }

        string channel = Channels.DisplayName(f.Channel);
        string wait = FigureText.Duration(f.Summary.Median.Value);
        string note = f.Illustrative ? " (illustrative)" : f.SelectedBecauseAnswered ? " (answered only)" : "";
        return Model(brand.Brand.Slug, $"{name} · {channel} median {wait}{note} · {method}",
            $"BrandPulse: {name} answers complaints on {channel} in a median of {wait}{note}, " +
            $"methodology {context.MethodologyVersion}.", f.Illustrative);
    }

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
