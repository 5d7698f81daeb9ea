using System.Globalization;
using System.Text;

namespace BrandPulse.Bench;

/// <summary>
/// <c>hugo</c>: a Hugo site with as many pages as BrandPulse built, each a brand page in Markdown with the same kind of
/// content (headings, prose, tables of figures, links) and a shared layout, for Hugo's pages/s on the same machine.
/// </summary>
internal static class HugoContent
{
    public static int Run(string[] args)
    {
        var a = new Args(args);
        string root = a.Text("out");
        long pages = a.Number("pages");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Write(root, "config.toml", """
            baseURL = "https://example.org/"
            title = "BrandPulse (Hugo comparison)"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            """);
        Write(root, "layouts/_default/baseof.html", """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
            <link rel="stylesheet" href="/assets/site.css"></head><body><header><nav><a href="/">Home</a> <a href="/brands/">Brands</a>
            <a href="/methodology/">Methodology</a></nav></header><main>{{ block "main" . }}{{ end }}</main>
            <footer><p>Figures from public complaints. <a href="/about/">About</a></p></footer></body></html>
            """);
        Write(root, "layouts/_default/single.html", """{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}""");
        Write(root, "layouts/_default/list.html", """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}""");
        Write(root, "content/_index.md", "---\ntitle: Home\n---\n");
        Write(root, "content/brands/_index.md", "---\ntitle: Brands\n---\n");
        var rng = new Random(1);
        for (long i = 2; i < pages; i++)
        {
            Write(root, $"content/brands/brand-{i}.md", BrandPage(i, rng));
        }

        return 0;
    }

    private static string BrandPage(long i, Random rng)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"---\ntitle: Brand {i}\n---\n\n");
        md.Append(CultureInfo.InvariantCulture,
            $"How long **Brand {i}** took to give a first answer to a public complaint, by channel. Complaints still waiting count as waiting.\n\n");
        foreach (string channel in new[] { "Twitter", "Phone", "E-mail" })
        {
            md.Append(CultureInfo.InvariantCulture, $"## {channel}\n\n| Measure | Value | 95% interval |\n|---|---|---|\n");
            foreach (string measure in new[] { "Median wait", "90th percentile", "Answered within 1 hour", "Still waiting after 1 day", "Complaints", "Rank" })
            {
                md.Append(CultureInfo.InvariantCulture,
                    $"| {measure} | {rng.Next(1, 500)} min | {rng.Next(1, 100)}–{rng.Next(100, 900)} min |\n");
            }

            md.Append("\n| Still waiting after | 5 min | 15 min | 1 h | 4 h | 1 day | 1 week |\n|---|---|---|---|---|---|---|\n| Share | ");
            md.Append(string.Join(" | ", Enumerable.Range(0, 6).Select(_ => $"{rng.Next(0, 100)}%"))).Append(" |\n\n");
        }

        md.Append("See the [methodology](/methodology/) and [download the data](/data/complaints.csv).\n");
        return md.ToString();
    }

    private static void Write(string root, string path, string text)
    {
        string full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
