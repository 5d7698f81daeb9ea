using System.Globalization;

namespace BrandPulse.Generator.Site;

/// <summary>How a campaign's dates, region, protocol and contact points are written on its pages, in the page's language.</summary>
public static class CampaignText
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A wait in seconds as minutes and seconds: "3 min", "15 min", "2 min 30 s", "45 s".</summary>
    public static string Wait(int seconds) => (seconds / 60, seconds % 60) switch
    {
        (0, int s) => $"{s} s",
        (int m, 0) => $"{m} min",
        (int m, int s) => $"{m} min {s} s",
    };

    /// <summary>A campaign date in the page's language: English "4 Dec 2026" as always, Spanish "4 de diciembre de 2026".</summary>
    public static string Date(DateOnly date, Model.SiteContext context) =>
        context.Language == Localization.Strings.Reference ? Date(date) : Statistics.Units.Date(date, context.Language);

    /// <summary>A region in the page's language (strings <c>region.CODE</c>): "Comunidad de Madrid (ES-MD)"; an unlisted code as itself.</summary>
    public static string Region(string code, Model.SiteContext context) =>
        context.Text.Values.TryGetValue("region." + code.ToLowerInvariant(), out string? name) ? $"{name} ({code})" : code;

    /// <summary>A contact point's channel in the page's language (strings <c>campaign.channel.CODE</c>); an unknown code as itself.</summary>
    public static string Channel(string channel, Model.SiteContext context) =>
        context.Text.Values.TryGetValue("campaign.channel." + channel, out string? name) ? name : channel;

    /// <summary>Where the live capture page is, from any page (an edition's frozen copy too: the page is only live).</summary>
    public static string CapturePath(Model.SiteContext context, string language) =>
        SiteUrls.RootPath(context with { Edition = null }) + (language == "es" ? "es/capture/index.html" : "capture/index.html");
}
