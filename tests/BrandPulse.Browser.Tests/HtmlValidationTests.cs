using BrandPulse.Browser.Tests.Infrastructure;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class HtmlValidationTests(BuiltSite site)
{
    [Fact]
    public async Task Every_page_of_the_built_site_passes_the_nu_html_checker_without_errors()
    {
        // Given
        IReadOnlyList<string> all = SitePages.All(site.Site.OutputDir);
        int pages = all.Count;
        Assert.True(pages > 30, $"the built site has only {pages} pages");
        Assert.Contains("es/methodology/index.html", all); // the checker is given the whole folder: both languages
        Assert.Contains("ley-10-2025/index.html", all); // with the Ley 10/2025 scoreboard and its pages per rule (issue 13)
        Assert.Contains("es/ley-10-2025/index.html", all);
        Assert.Contains(all, p => p.StartsWith("ley-10-2025/", StringComparison.Ordinal) && p != "ley-10-2025/index.html");

        // When
        IReadOnlyList<NuMessage> errors = await NuHtmlChecker.ErrorsAsync(site.Site.OutputDir);

        // Then
        Assert.True(errors.Count == 0,
            $"the Nu HTML Checker found {errors.Count} errors in {errors.Select(e => e.Page).Distinct().Count()} of {pages} pages:\n"
            + string.Join('\n', errors.OrderBy(e => e.Page, StringComparer.Ordinal).ThenBy(e => e.Line)));
    }
}
