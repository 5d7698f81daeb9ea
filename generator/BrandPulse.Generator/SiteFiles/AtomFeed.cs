using System.Globalization;
using System.Text;
using System.Xml;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// <c>feed.xml</c> (Atom, RFC 4287): an entry for the current edition and one per correction. Ids are tag: URIs and
/// dates come from the data (edition date, last complaint, correction date), never from the clock.
/// </summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    private const string TagYear = "2026";

    public static byte[] Xml(SiteModel model, SiteContext context, IReadOnlyList<Correction> corrections)
    {
        string tag = $"tag:{SiteUrls.Host(context)},{TagYear}:";
        var entries = new List<(string Id, string Date, string Title, string Link, string Summary)>();
        if (EditionDate(model, context) is string editionDate)
        {
            string? name = context.Edition ?? model.Edition;
            entries.Add((tag + "edition/" + (name ?? editionDate), editionDate,
                name is null ? $"Figures updated: complaints made {FigureText.Period(model.PeriodStartMs, model.PeriodEndMs)}" : $"Edition of {name}",
                SiteUrls.Absolute(context, "index.html"), EditionSummary(model)));
        }

        foreach (Correction c in corrections)
        {
            string? brand = c.BrandSlug is null ? null : model.Brands.FirstOrDefault(b => b.Brand.Slug == c.BrandSlug)?.Brand.DisplayName ?? c.BrandSlug;
            entries.Add((tag + "correction/" + c.Number.ToString(CultureInfo.InvariantCulture), c.Date,
                brand is null ? "Correction" : $"Correction: {SafeText.Clean(brand)}",
                SiteUrls.Absolute(context, "corrections/index.html") + "#correction-" + c.Number.ToString(CultureInfo.InvariantCulture), c.Summary));
        }

        entries = entries.OrderByDescending(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Namespace);
            w.WriteElementString("title", Namespace, "BrandPulse: editions and corrections");
            w.WriteElementString("subtitle", Namespace, "How fast brands answer complaints, per channel: new editions of the figures and every correction.");
            Link(w, "self", SiteUrls.Absolute(context, "feed.xml"), "application/atom+xml");
            Link(w, "alternate", SiteUrls.Absolute(context, "index.html"), "text/html");
            w.WriteElementString("id", Namespace, tag + "feed");
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

    private static string EditionSummary(SiteModel model) =>
        $"{FigureText.Count(model.TotalComplaints)} complaints about {model.Brands.Count} brands, made {FigureText.Period(model.PeriodStartMs, model.PeriodEndMs)}. "
        + string.Join(" ", model.Rankings.Where(r => r.Ranked.Count > 0).Select(r =>
            $"Fastest on {Channels.DisplayName(r.Channel)}: {r.Ranked[0].Brand.DisplayName} ({FigureText.Duration(r.Ranked[0].Summary.Median.Value)} median)."));

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
