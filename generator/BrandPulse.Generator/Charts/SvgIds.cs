using System.Text.RegularExpressions;

namespace BrandPulse.Generator.Charts;

/// <summary>
/// Skia numbers SVG clip paths from a process-wide counter, so the same chart gets other ids in another build.
/// Renumbering them by first appearance makes every SVG depend on its data only.
/// </summary>
public static partial class SvgIds
{
    [GeneratedRegex(@"\bcl_([0-9A-Za-z]+)\b")]
    private static partial Regex ClipId();

    public static string Renumber(string svg)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!map.TryGetValue(m.Value, out string? id))
            {
                map[m.Value] = id = "cl_" + map.Count;
            }

            return id;
        });
    }
}
