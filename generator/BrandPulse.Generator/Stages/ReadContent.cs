using System.Globalization;
using BrandPulse.Data.Classify;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Statistics;
using Markdig;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The read stage for prose: every <c>site/content/*.md</c> (English) and <c>site/content/es/*.md</c> (Spanish) through
/// one Markdig pipeline.
/// </summary>
public static class ReadContent
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    public static void Run(BuildState state)
    {
        string content = Path.Combine(state.Options.SiteDir, "content");
        string spanish = Path.Combine(content, Strings.Code(SiteLanguage.Spanish));
        state.Content = [.. From(content, Variables()),
            .. Directory.Exists(spanish) ? From(spanish, Variables(SiteLanguage.Spanish), SiteLanguage.Spanish) : []];
    }

    public static IReadOnlyList<ContentPage> From(string contentDir, IReadOnlyDictionary<string, string> variables,
        SiteLanguage language = SiteLanguage.English)
    {
        if (!Directory.Exists(contentDir))
        {
            throw new DirectoryNotFoundException($"site content folder not found: {contentDir}");
        }

        return Directory.EnumerateFiles(contentDir, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => Page(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), variables) with { Language = language })
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
    public static IReadOnlyDictionary<string, string> Variables(SiteLanguage language = SiteLanguage.English) => new Dictionary<string, string>
    {
        ["min_shown"] = Number(RankingRules.MinShown, language),
        ["min_ranked"] = Number(RankingRules.MinRanked, language),
        ["bootstrap_replicates"] = Number(RankingRules.BootstrapReplicates, language),
        ["methodology_version"] = SiteContext.CurrentMethodologyVersion,
        ["answer_normalisation"] = AnswerClassifier.DescribeNormalisation(language == SiteLanguage.Spanish ? "es" : "en"),
        ["answer_rules"] = AnswerRulesTable.Markdown(language == SiteLanguage.Spanish ? "es" : "en"),
    };

    /// <summary>English pages print counts as they always have (no grouping); other languages in their own form.</summary>
    private static string Number(int n, SiteLanguage language) =>
        language == SiteLanguage.English ? n.ToString(CultureInfo.InvariantCulture) : Units.Count(n, language);
}
