using System.Globalization;
using System.Text;
using System.Xml;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// <c>feed.xml</c> (Atom, RFC 4287), one per language (<c>es/feed.xml</c> in Spanish, in the words of the context's
/// strings): an entry for the current edition and one per correction. Ids are tag: URIs and
/// dates come from the data (edition date, last complaint, correction date), never from the clock.
/// </summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    private const string TagYear = "2026";

    public static byte[] Xml(SiteModel model, SiteContext context, IReadOnlyList<Correction> corrections)
    {
        Strings text = context.Text;
        SiteLanguage language = context.Language;
        string tag = $"tag:{SiteUrls.Host(context)},{TagYear}:";

        // The Spanish feed's ids are its own: an entry in two languages is two entries.
        string idSuffix = language == Strings.Reference ? "" : "/" + Strings.Code(language);
        var entries = new List<(string Id, string Date, string Title, string Link, string Summary)>();
        if (EditionDate(model, context) is string editionDate)
        {
            string? name = context.Edition ?? model.Edition;
            entries.Add((tag + "edition/" + (name ?? editionDate) + idSuffix, editionDate,
                name is null ? text.Format("feed.updated", ("period", Period(model, text))) : text.Format("feed.edition", ("edition", name)),
                SiteUrls.Absolute(context, context.Href("", "index.html")), EditionSummary(model, text)));
        }

        foreach (Correction c in corrections)
        {
            string? brand = c.BrandSlug is null ? null : model.Brands.FirstOrDefault(b => b.Brand.Slug == c.BrandSlug)?.Brand.DisplayName ?? c.BrandSlug;
            entries.Add((tag + "correction/" + c.Number.ToString(CultureInfo.InvariantCulture) + idSuffix, c.Date,
                brand is null ? text["feed.correction"] : text.Format("feed.correction_brand", ("brand", SafeText.Clean(brand))),
                SiteUrls.Absolute(context, context.Href("", "corrections/index.html")) + "#correction-" + c.Number.ToString(CultureInfo.InvariantCulture), c.Summary));
        }

        entries = entries.OrderByDescending(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Namespace);
            if (language != Strings.Reference)
            {
                w.WriteAttributeString("xml", "lang", null, Strings.Code(language));
            }

            w.WriteElementString("title", Namespace, text["feed.title"]);
            w.WriteElementString("subtitle", Namespace, text["feed.subtitle"]);
            Link(w, "self", SiteUrls.Absolute(context, LayoutMarkup.FeedPath(language)), "application/atom+xml");
            Link(w, "alternate", SiteUrls.Absolute(context, context.Href("", "index.html")), "text/html");
            w.WriteElementString("id", Namespace, tag + "feed" + idSuffix);
            w.WriteElementString("updated", Namespace, Timestamp(entries.Count > 0 ? entries[0].Date : "1970-01-01"));
            w.WriteStartElement("author", Namespace);
            w.WriteElementString("name", Namespace, "BrandPulse");
            w.WriteEndElement();
            w.WriteElementString("rights", Namespace, "CC BY-NC-SA 4.0");
            foreach (var e in entries)
            {
                w.WriteStartElement("entry", Namespace);
                w.WriteElementString("title", Namespace, e.Title);
                w.WriteElementString("id", Namespace, e.Id);
                w.WriteElementString("updated", Namespace, Timestamp(e.Date));
                Link(w, "alternate", e.Link, "text/html");
                w.WriteElementString("summary", Namespace, SafeText.Clean(e.Summary));
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return [.. stream.ToArray(), (byte)'\n'];
    }

    /// <summary>The edition's date (yyyy-MM-dd): the edition's name when it is a date, else the last complaint's date.</summary>
    public static string? EditionDate(SiteModel model, SiteContext context)
    {
        string? name = context.Edition ?? model.Edition;
        if (name is { Length: >= 10 } && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return name[..10];
        }

        return model.PeriodEndMs == 0 ? null : FigureText.IsoDate(model.PeriodEndMs);
    }

    private static string EditionSummary(SiteModel model, Strings text) =>
        text.Format("feed.summary", ("complaints", Count(model.TotalComplaints, text.Language)),
            ("brands", model.Brands.Count.ToString(CultureInfo.InvariantCulture)), ("period", Period(model, text)))
        + " " + string.Join(" ", model.Rankings.Where(r => r.Ranked.Count > 0).Select(r => Fastest(r.Ranked[0], text)));

    /// <summary>
    /// The fastest brand of a channel, with the note its figures carry everywhere else (illustrative data, answered
    /// conversations only): a rank from such data never stands without its caveat beside it.
    /// </summary>
    private static string Fastest(ChannelFigures f, Strings text)
    {
        List<(string, string)> values =
        [
            ("channel", ChannelName(f.Channel, text)), ("brand", f.Brand.DisplayName),
            ("median", text.Language == SiteLanguage.English ? FigureText.Duration(f.Summary.Median.Value) : Units.HumanDuration(f.Summary.Median.Value, text.Language)),
        ];
        string? note = PreviewImage.Note(f, text);
        if (note is not null)
        {
            values.Add(("note", note));
        }

        return text.Format(note is null ? "feed.fastest" : "feed.fastest_noted", [.. values]);
    }

    /// <summary>English as the pages have always named channels; other languages from their strings where they have one.</summary>
    private static string ChannelName(string channel, Strings text) =>
        text.Language != SiteLanguage.English && text.Values.TryGetValue("channel." + channel, out string? name) ? name : Channels.DisplayName(channel);

    /// <summary>English as the pages have always written it; other languages in their own forms.</summary>
    private static string Count(int n, SiteLanguage language) =>
        language == SiteLanguage.English ? FigureText.Count(n) : Units.Count(n, language);

    private static string Period(SiteModel model, Strings text) =>
        text.Language == SiteLanguage.English ? FigureText.Period(model.PeriodStartMs, model.PeriodEndMs)
        : model.PeriodStartMs == 0 && model.PeriodEndMs == 0 ? text["figure.no_complaints_yet"]
        : text.Format("figure.period", ("start", Units.Date(model.PeriodStartMs, text.Language)), ("end", Units.Date(model.PeriodEndMs, text.Language)));

    private static string Timestamp(string date) => date + "T00:00:00Z";

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
