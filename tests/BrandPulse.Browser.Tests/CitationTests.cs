using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

/// <summary>Issue 15: a citation copied from a brand page leads to a dated edition that exists.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class CitationTests(BuiltSite site)
{
    [Fact]
    public async Task Issue15_a_citation_copied_from_a_brand_page_leads_to_a_dated_edition_that_exists()
    {
        // Given the demo as ./brandpulse demo builds it, run twice (an edition, then the live site beside it)
        await using ServedSite demo = await ServedSite.BuildAsync(DemoData.ImportInto, editionOfData: true);
        await using IBrowserContext context = await site.Browser.NewContextAsync(new()
        {
            BaseURL = demo.BaseUri.ToString(),
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        context.SetDefaultTimeout(BuiltSite.DefaultTimeoutMs);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("brands/apple/");

        // When the citation is copied with the page's button
        await page.Locator(".cite button.copy").ClickAsync();
        await page.Locator(".cite button.copy", new() { HasText = "Copied" }).WaitForAsync();
        string citation = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        string url = citation.Split(' ')[^1];

        // Then it names the year and a dated edition's address, and that address is a page of the edition
        Assert.Matches(@"^BrandPulse \(\d{4}\)\. ", citation);
        Assert.Matches(@"^https://brandpulse\.example\.org/editions/\d{4}-\d{2}-\d{2}/brands/apple/$", url);
        string edition = url.Split('/')[4];
        Assert.StartsWith($"BrandPulse ({edition[..4]}).", citation, StringComparison.Ordinal);
        IResponse? response = await page.GotoAsync(url.Replace("https://brandpulse.example.org/", demo.BaseUri.ToString(), StringComparison.Ordinal));
        Assert.Equal(200, response?.Status);
        Assert.Equal("Apple", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains($"edition of {edition}", await page.Locator(".provenance").InnerTextAsync(), StringComparison.Ordinal);

        // and the editions page, linked from the footer, lists it
        await page.Locator("footer a", new() { HasText = "Editions" }).ClickAsync();
        Assert.Contains(edition, await page.Locator("main ul.editions").InnerTextAsync(), StringComparison.Ordinal);
    }
}
