using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;
using BrandPulse.Generator.Stages;

namespace BrandPulse.Generator.Tests.Site;

public sealed class ProseCaptionsTests
{
    [Fact]
    public void A_table_paragraph_before_a_Markdown_table_becomes_its_caption()
    {
        // Given Markdown with a "Table:" line before a table, and a table without one
        ContentPage page = ReadContent.Page("x", "# X\n\nTable: Files & <what> they hold\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n| c |\n| --- |\n| 3 |\n",
            new Dictionary<string, string>());

        // When captions are added
        string html = ProseCaptions.Add(page.Html);

        // Then the first table has the (escaped) caption and the paragraph is gone; the second is unchanged
        Assert.Contains("<table>\n<caption>Files &amp; &lt;what&gt; they hold</caption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>Table:", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<table>").Length - 1);
    }
}
