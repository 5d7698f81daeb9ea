using System.Globalization;
using BrandPulse.Data.Classify;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Statistics;
using Markdig;

namespace BrandPulse.Generator.Stages;

/// <summary>The read stage for prose: every <c>site/content/*.md</c> through one Markdig pipeline.</summary>
public static class ReadContent
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    public static void Run(BuildState state) =>
        state.Content = From(Path.Combine(state.Options.SiteDir, "content"), Variables());

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

    /// <summary>Values the Markdown pages quote, so prose and code never disagree.</summary>
    public static IReadOnlyDictionary<string, string> Variables() => new Dictionary<string, string>
    {
        ["min_shown"] = RankingRules.MinShown.ToString(CultureInfo.InvariantCulture),
        ["min_ranked"] = RankingRules.MinRanked.ToString(CultureInfo.InvariantCulture),
        ["bootstrap_replicates"] = RankingRules.BootstrapReplicates.ToString(CultureInfo.InvariantCulture),
        ["methodology_version"] = SiteContext.CurrentMethodologyVersion,
        ["answer_normalisation"] = AnswerClassifier.NormalisationDescription,
        ["answer_rules"] = AnswerRulesTable.Markdown("en"),
    };
}
