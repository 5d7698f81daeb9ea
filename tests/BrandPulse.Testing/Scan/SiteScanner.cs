using System.Text;
using System.Text.RegularExpressions;

namespace BrandPulse.Testing.Scan;

/// <summary>
/// Walks a built site and proves its outputs inert: HTML parsed (no inline script carrying data, no event-handler
/// attribute, no javascript:/data: URL, no element injected by data), SVG/XML parsed strictly (no script,
/// foreignObject, handlers or external links), CSV cells never starting a formula, JSON strictly parsed; every text
/// file valid UTF-8 without bidi or C0 controls; no canary anywhere, binary files included; every path a safe name.
/// </summary>
public static partial class SiteScanner
{
    private static readonly HashSet<string> s_text = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".svg", ".xml", ".csv", ".json", ".md", ".txt", ".css", ".js", ".webmanifest", ".ics",
    };

    public static IReadOnlyList<ScanFinding> Scan(string root, IEnumerable<string>? canaries = null)
    {
        string[] secrets = [.. (canaries ?? []).Where(c => c.Length > 0)];
        var findings = new List<ScanFinding>();
        foreach (string path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string name = Path.GetRelativePath(root, path).Replace('\\', '/');
            findings.AddRange(ScanFile(name, File.ReadAllBytes(path), secrets));
        }

        return findings;
    }

    /// <summary>The findings for one file's bytes (<paramref name="name"/> is its path inside the site).</summary>
    public static IEnumerable<ScanFinding> ScanFile(string name, byte[] bytes, IReadOnlyList<string> canaries)
    {
        var findings = new List<ScanFinding>();
        void Add(string rule, string detail) => findings.Add(new ScanFinding(name, rule, detail));

        if (!SafePath().IsMatch(name) || name.Split('/').Any(p => Encoding.UTF8.GetByteCount(p) > 255 || p is "." or ".."))
        {
            Add("path", "file name outside [a-z0-9._-] or longer than 255 bytes");
        }

        string ext = Path.GetExtension(name);
        if (!s_text.Contains(ext))
        {
            foreach (string canary in canaries.Where(c => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(c)) >= 0))
            {
                Add("canary", $"binary file contains '{canary}'");
            }

            return findings;
        }

        string? text = TextRules.Decode(bytes, Add);
        if (text is null)
        {
            return findings;
        }

        TextRules.Check(text, canaries, Add);
        switch (ext.ToLowerInvariant())
        {
            case ".html" or ".htm": HtmlRules.Check(text, Add); break;
            case ".svg" or ".xml": XmlRules.Check(text, Add); break;
            case ".csv": CsvRules.Check(text, Add); break;
            case ".json" or ".webmanifest": JsonRules.Check(text, Add); break;
        }

        return findings;
    }

    [GeneratedRegex("^[a-z0-9._/-]+$")]
    private static partial Regex SafePath();
}
