using System.Text;
using BrandPulse.Data.Campaigns;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Pipeline;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The volunteers' capture page: <c>site/capture/**</c> copied byte for byte to the site root (English at
/// <c>capture/</c>, Spanish at <c>es/capture/</c>) with <c>capture/campaigns.json</c>, the campaigns the page offers,
/// written from the snapshot. Only the live site has it: an edition is a frozen record of figures, and a volunteer must
/// always get the current campaigns (and one service worker), so the page is never copied under <c>editions/</c>.
/// Its two pages join the sitemap.
/// </summary>
public static class CopyCapturePage
{
    /// <summary>The file the page reads its campaigns from (beside <c>capture.js</c>).</summary>
    public const string CampaignsPath = "capture/campaigns.json";

    /// <summary>The capture page in each language, as listed in the sitemap.</summary>
    public static IReadOnlyList<string> Pages { get; } = ["capture/index.html", "es/capture/index.html"];

    public static void Run(BuildState state)
    {
        IReadOnlyList<OutputFile> files = From(Path.Combine(state.Options.SiteDir, "capture"), state.Snapshot.Campaigns);
        state.Writing(() => state.Site.Write(files)); // not state.Write: no frozen copy in an edition
        state.PagePaths = [.. state.PagePaths, .. files.Where(f => Pages.Contains(f.Path)).Select(f => f with { Bytes = [] })];
    }

    /// <summary>The page's files, or none when the site folder has no capture page.</summary>
    public static IReadOnlyList<OutputFile> From(string captureDir, IReadOnlyList<Campaign> campaigns)
    {
        if (!Directory.Exists(captureDir))
        {
            return [];
        }

        var files = Directory.EnumerateFiles(captureDir, "*", SearchOption.AllDirectories)
            .Select(path => new OutputFile(Path.GetRelativePath(captureDir, path).Replace('\\', '/'), File.ReadAllBytes(path)))
            .Where(f => f.Path != CampaignsPath)
            .ToList();
        files.Add(new OutputFile(CampaignsPath, CampaignsJson(campaigns)));
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// <c>{"campaigns":[...]}</c>: each campaign as its canonical definition (the campaign file's fields; a campaign holds
    /// no volunteer and nothing private), in slug order so that the same campaigns give the same bytes.
    /// </summary>
    public static byte[] CampaignsJson(IReadOnlyList<Campaign> campaigns)
    {
        var json = new StringBuilder("{\"campaigns\":[");
        bool first = true;
        foreach (Campaign campaign in campaigns.OrderBy(c => c.Slug, StringComparer.Ordinal))
        {
            json.Append(first ? "\n" : ",\n").Append(CampaignJson.Canonical(campaign));
            first = false;
        }

        json.Append(first ? "]}\n" : "\n]}\n");
        return Encoding.UTF8.GetBytes(json.ToString());
    }
}
