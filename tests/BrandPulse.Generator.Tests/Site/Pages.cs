using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BrandPulse.Generator.Tests.Site;

/// <summary>Built HTML pages parsed with AngleSharp.</summary>
public static class Pages
{
    private static readonly HtmlParser s_parser = new();

    public static IHtmlDocument Parse(string file) => s_parser.ParseDocument(File.ReadAllText(file));
}
