using Markdig;

namespace BrandPulse.Generator.Stages;

/// <summary>A prose page from Markdown: its slug (folder), title (first heading) and HTML.</summary>
public sealed record ContentPage(string Slug, string Title, string Html);

/// <summary>The read stage for prose: every <c>site/content/*.md</c> through one Markdig pipeline.</summary>
public static class ReadContent
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    public static IReadOnlyList<ContentPage> From(string contentDir, IReadOnlyDictionary<string, string> variables)
    {
        if (!Directory.Exists(contentDir))
        {
            throw new DirectoryNotFoundException($"site content folder not found: {contentDir}");
        }

        return Directory.EnumerateFiles(contentDir, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => Page(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), variables))
            .ToList();
    }

    public static ContentPage Page(string slug, string markdown, IReadOnlyDictionary<string, string> variables)
    {
        foreach ((string key, string value) in variables)
        {
            markdown = markdown.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        }

        string title = markdown.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? slug;
        return new ContentPage(slug, title, Site.ProseCaptions.Add(Markdown.ToHtml(markdown, s_pipeline)));
    }
}
