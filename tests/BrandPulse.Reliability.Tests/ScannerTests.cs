using System.Text;
using BrandPulse.Testing.Scan;

namespace BrandPulse.Reliability.Tests;

/// <summary>The output scanner itself: each rule catches what it is for, and a clean file passes.</summary>
public sealed class ScannerTests
{
    [Theory]
    [InlineData("a.html", "<p>ok</p><script>bpx()</script>", "html-inline-script")]
    [InlineData("a.html", "<p title=\"x\" onclick=\"bpx()\">ok</p>", "html-event-handler")]
    [InlineData("a.html", "<a href=\" JaVaScRiPt:bpx()\">x</a>", "html-url")]
    [InlineData("a.html", "<td></title><bpxtag></td>", "html-injected-element")]
    [InlineData("a.html", "<td><!--bpx</td>", "html-injected-comment")]
    [InlineData("a.html", "<script type=\"application/ld+json\">{\"n\":\"</script><script>bpx()</script>\"}</script>", "html-inline-script")]
    [InlineData("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>bpx()</script></svg>", "xml-element")]
    [InlineData("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a & b</text></svg>", "xml-malformed")]
    [InlineData("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"bpx()\"></svg>", "xml-attribute")]
    [InlineData("a.csv", "brand,n\r\n=HYPERLINK(\"x\"),1\r\n", "csv-formula")]
    [InlineData("a.csv", "brand,n\r\n\"@bpx\",1\r\n", "csv-formula")]
    [InlineData("a.csv", "brand,n\r\n\"\tbpx\",1\r\n", "csv-formula")]
    [InlineData("a.json", "{\"a\": NaN}", "json-malformed")]
    [InlineData("a.json", "{\"a\": 1,}", "json-malformed")]
    [InlineData("a.txt", "Acme\u202Eenip", "bidi")]
    [InlineData("a.txt", "bpx\u0000", "control")]
    [InlineData("a.txt", "hello canary_person_7f3a", "canary")]
    [InlineData("brands/../x.html", "<p>ok</p>", "path")]
    [InlineData("brands/Évil.html", "<p>ok</p>", "path")]
    public void Catches(string name, string content, string rule)
    {
        IEnumerable<ScanFinding> findings = SiteScanner.ScanFile(name, Encoding.UTF8.GetBytes(content), ["canary_person_7f3a"]);
        Assert.Contains(findings, f => f.Rule == rule);
    }

    [Theory]
    [InlineData("a.html", "<!doctype html><title>&lt;script&gt;bpx()</title><script src=\"assets/site.js\" defer></script><a href=\"https://x.example/\" title=\"&quot;&gt;&lt;img onerror=bpx()&gt;\">x</a>")]
    [InlineData("a.html", "<script type=\"application/ld+json\">{\"n\":\"\\u003C/script\\u003E\"}</script>")]
    [InlineData("a.csv", "brand,delta\r\n'=HYPERLINK(\"x\"),-3.5\r\n\"a,b\",-1\r\n")]
    [InlineData("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lt;script&gt;bpx()</text></svg>")]
    [InlineData("a.json", "{\"brand\":\"<script>bpx()</script>\",\"median\":null}")]
    public void Passes_inert_output(string name, string content) =>
        Assert.Empty(SiteScanner.ScanFile(name, Encoding.UTF8.GetBytes(content), ["canary_person_7f3a"]));

    [Fact]
    public void Invalid_utf8_and_canaries_in_binary_files_are_found()
    {
        Assert.Contains(SiteScanner.ScanFile("a.html", [0x3C, 0x70, 0xE9, 0x3E], []), f => f.Rule == "utf8");
        Assert.Contains(SiteScanner.ScanFile("a.png", [0x89, .. "xxcanary_person_7f3axx"u8], ["canary_person_7f3a"]), f => f.Rule == "canary");
    }
}
