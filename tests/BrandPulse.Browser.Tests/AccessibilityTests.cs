using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BrandPulse.Browser.Tests.Infrastructure;

namespace BrandPulse.Browser.Tests;

/// <summary>Machine-checkable basics of WCAG on every built page (the rest needs people).</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class AccessibilityTests(BuiltSite site)
{
    [Fact]
    public void Every_page_has_language_title_one_h1_alt_texts_labels_and_unique_ids()
    {
        var parser = new HtmlParser();
        var problems = new List<string>();

        foreach (string path in SitePages.All(site.Site.OutputDir))
        {
            IDocument doc = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site.OutputDir, path)));
            void Check(bool ok, string problem)
            {
                if (!ok)
                {
                    problems.Add($"{path}: {problem}");
                }
            }

            Check(!string.IsNullOrWhiteSpace(doc.DocumentElement.GetAttribute("lang")), "<html> has no lang");
            Check(!string.IsNullOrWhiteSpace(doc.Title), "no <title>");
            Check(doc.QuerySelectorAll("h1").Length == 1, $"{doc.QuerySelectorAll("h1").Length} h1 elements");
            Check(doc.QuerySelector("main#main") is not null, "no <main id=main> for the skip link");
            foreach (IElement img in doc.QuerySelectorAll("img:not([alt])"))
            {
                Check(false, $"<img src={img.GetAttribute("src")}> has no alt");
            }

            foreach (IElement a in doc.QuerySelectorAll("a[href]"))
            {
                Check(a.TextContent.Trim().Length > 0 || a.HasAttribute("aria-label") || a.QuerySelector("img[alt]") is not null,
                    $"link to {a.GetAttribute("href")} has no text");
            }

            foreach (IElement input in doc.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
            {
                Check(input.HasAttribute("aria-label") || input.Closest("label") is not null
                    || (input.Id is { Length: > 0 } id && doc.QuerySelector($"label[for='{id}']") is not null),
                    $"<{input.LocalName} name={input.GetAttribute("name")}> has no label");
            }

            foreach (IGrouping<string, IElement> dup in doc.QuerySelectorAll("[id]").GroupBy(e => e.Id!).Where(g => g.Count() > 1))
            {
                Check(false, $"id \"{dup.Key}\" used {dup.Count()} times");
            }

            foreach (IElement labelled in doc.QuerySelectorAll("[aria-labelledby]"))
            {
                string target = labelled.GetAttribute("aria-labelledby")!;
                Check(doc.GetElementById(target) is not null, $"aria-labelledby=\"{target}\" points at nothing");
            }

            foreach (IElement table in doc.QuerySelectorAll("table"))
            {
                Check(table.QuerySelector("th") is not null, "a table without header cells");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
