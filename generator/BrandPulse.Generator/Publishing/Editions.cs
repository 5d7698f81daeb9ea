using System.Globalization;
using System.Text.RegularExpressions;

namespace BrandPulse.Generator.Publishing;

/// <summary>
/// Editions: a frozen, dated copy of the site under <c>editions/YYYY-MM-DD/</c>, built on request from the
/// complaints made before the end of that day (UTC) as they stood then. Later builds carry published editions
/// over unchanged and never delete them.
/// </summary>
public static partial class Editions
{
    public const string Folder = "editions";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    public static bool IsValid(string edition) => DatePattern().IsMatch(edition)
        && DateOnly.TryParseExact(edition, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>The cut-off: the end of the edition's day, UTC, in Unix ms.</summary>
    public static long CutoffMs(string edition) =>
        new DateTimeOffset(DateOnly.ParseExact(edition, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1), TimeOnly.MinValue, TimeSpan.Zero)
            .ToUnixTimeMilliseconds();

    /// <summary>
    /// A link into the editions folder from the server root. The same page bytes are written at the site root and
    /// inside an edition's frozen copy, where no relative link could reach the editions folder from both.
    /// </summary>
    public static string Href(Model.SiteContext context, string pathInEditions) =>
        Site.SiteUrls.RootPath(context with { Edition = null }) + Folder + "/" + pathInEditions;

    /// <summary>The editions already published in the output folder, oldest first.</summary>
    public static IReadOnlyList<string> Published(string outputDir)
    {
        string dir = Path.Combine(outputDir, Folder);
        return Directory.Exists(dir)
            ? Directory.EnumerateDirectories(dir).Select(Path.GetFileName).OfType<string>().Where(IsValid).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>The files of the current site, plus (for an edition build) the same files frozen under the edition's folder.</summary>
    public static IEnumerable<OutputFile> WithFrozenCopy(IEnumerable<OutputFile> files, string? edition)
    {
        foreach (OutputFile file in files)
        {
            yield return file;
            if (edition is not null)
            {
                yield return file with { Path = $"{Folder}/{edition}/{file.Path}" };
            }
        }
    }
}
