using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// The bootstrap medians the ranking computed for each ranked brand, one small file per brand
/// (<c>data/bootstrap/SLUG.json</c>), for the comparison page: replicate r of one brand over replicate r of another is
/// a bootstrap replicate of the ratio of their medians (each brand resampled on its own seeded stream), so the page
/// gives the ratio's 95% interval exactly as <see cref="ChannelGap.FromMedians"/> does, without sending any complaint.
/// Deterministic: the same data gives the same bytes.
/// </summary>
public static class BootstrapFiles
{
    /// <summary>The folder of the files, from the site root.</summary>
    public const string Folder = "data/bootstrap/";

    /// <summary>A brand's file, from the site root.</summary>
    public static string PathOf(string slug) => $"{Folder}{slug}.json";

    /// <summary>One file per brand with medians: <c>{"replicates":200,"channels":{"twitter":{"median":4.5,"bootstrap":[...]}}}</c>, minutes, null for a median not reached.</summary>
    public static IEnumerable<OutputFile> For(SiteModel model) => Planned(model).Select(f => f.Render());

    /// <summary>The files to write, by slug, each with the key it is kept under (<see cref="Incremental.KeptFiles"/>) and not yet written.</summary>
    public static List<BootstrapFile> Planned(SiteModel model) => [.. model.Medians
        .OrderBy(m => m.Key, StringComparer.Ordinal)
        .Select(m => new BootstrapFile(PathOf(m.Key), KeyOf(m.Value), m.Value))];

    /// <summary>A hash of what a file is written from: each channel's name, median and replicates, as their bytes.</summary>
    public static string KeyOf(IReadOnlyDictionary<string, BootstrapMedians> medians)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach ((string channel, BootstrapMedians m) in medians.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(channel + "\n"));
            hash.AppendData(BitConverter.GetBytes(m.Point));
            hash.AppendData(BitConverter.GetBytes(m.Replicates.Length));
            hash.AppendData(MemoryMarshal.AsBytes(m.Replicates.AsSpan()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The file's text for one brand's medians per channel (channels in ordinal order).</summary>
    public static string Json(IReadOnlyDictionary<string, BootstrapMedians> medians)
    {
        var s = new StringBuilder();
        int replicates = medians.Values.Select(m => m.Replicates.Length).DefaultIfEmpty(0).Max();
        s.Append(CultureInfo.InvariantCulture, $"{{\"replicates\":{replicates},\"channels\":{{");
        bool first = true;
        foreach ((string channel, BootstrapMedians m) in medians.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            s.Append(first ? "" : ",").Append('"').Append(channel).Append("\":{\"median\":").Append(Number(m.Point)).Append(",\"bootstrap\":[");
            s.AppendJoin(',', m.Replicates.Select(Number));
            s.Append("]}");
            first = false;
        }

        return s.Append("}}\n").ToString();
    }

    /// <summary>Minutes as the shortest text that reads back as the same double; a median not reached (infinite) as null.</summary>
    private static string Number(double minutes) => double.IsFinite(minutes) ? minutes.ToString("R", CultureInfo.InvariantCulture) : "null";
}

/// <summary>One brand's file of bootstrap medians: its site path, its key, and what it is written from.</summary>
public sealed record BootstrapFile(string Path, string Key, IReadOnlyDictionary<string, BootstrapMedians> Medians)
{
    public OutputFile Render() => new(Path, Encoding.UTF8.GetBytes(BootstrapFiles.Json(Medians)));
}
