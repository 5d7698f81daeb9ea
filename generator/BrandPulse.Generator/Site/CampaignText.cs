using System.Globalization;
using BrandPulse.Data.Model;

namespace BrandPulse.Generator.Site;

/// <summary>How a campaign's dates, region, protocol and contact points are written on its pages.</summary>
public static class CampaignText
{
    private static readonly Dictionary<string, string> s_regions = new(StringComparer.Ordinal)
    {
        ["ES"] = "Spain (national holidays only)",
        ["ES-AN"] = "Andalusia",
        ["ES-AR"] = "Aragon",
        ["ES-AS"] = "Asturias",
        ["ES-CB"] = "Cantabria",
        ["ES-CE"] = "Ceuta",
        ["ES-CL"] = "Castile and León",
        ["ES-CM"] = "Castilla-La Mancha",
        ["ES-CN"] = "Canary Islands",
        ["ES-CT"] = "Catalonia",
        ["ES-EX"] = "Extremadura",
        ["ES-GA"] = "Galicia",
        ["ES-IB"] = "Balearic Islands",
        ["ES-MC"] = "Region of Murcia",
        ["ES-MD"] = "Community of Madrid",
        ["ES-ML"] = "Melilla",
        ["ES-NC"] = "Navarre",
        ["ES-PV"] = "Basque Country",
        ["ES-RI"] = "La Rioja",
        ["ES-VC"] = "Valencian Community",
    };

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Community of Madrid (ES-MD)"; an unlisted code as itself.</summary>
    public static string Region(string code) => s_regions.TryGetValue(code, out string? name) ? $"{name} ({code})" : code;

    /// <summary>A wait in seconds as minutes and seconds: "3 min", "15 min", "2 min 30 s", "45 s".</summary>
    public static string Wait(int seconds) => (seconds / 60, seconds % 60) switch
    {
        (0, int s) => $"{s} s",
        (int m, 0) => $"{m} min",
        (int m, int s) => $"{m} min {s} s",
    };

    /// <summary>The name of a contact point's channel as written in the campaign file.</summary>
    public static string Channel(string channel) => channel switch
    {
        CampaignChannels.Phone => "Phone",
        CampaignChannels.Email => "E-mail",
        CampaignChannels.WebForm => "Web form",
        CampaignChannels.Letter => "Letter",
        CampaignChannels.Social => "Social post",
        _ => channel,
    };

    /// <summary>Where the live capture page is, from any page (an edition's frozen copy too: the page is only live).</summary>
    public static string CapturePath(Model.SiteContext context, string language) =>
        SiteUrls.RootPath(context with { Edition = null }) + (language == "es" ? "es/capture/index.html" : "capture/index.html");
}
