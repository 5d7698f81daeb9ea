using BrandPulse.Generator.Model;
using BrandPulse.Statistics;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// Long lists split into pages (issue 15): a channel's or an industry's brands, <see cref="PerPage"/> to a page, so that
/// every page stays under 100 KB at national scale (1,000 brands). Page 1 keeps the list's address
/// (<c>channels/twitter/</c>); page n is <c>channels/twitter/page/n/</c>, each ordering of a channel's table beside it
/// (<c>channels/twitter/page/2/by-name.html</c>). Each page links to the previous and the next one.
/// </summary>
public static class ListPages
{
    /// <summary>
    /// Brands on one page. A channel table row is about 0.7 KB (a little more in Spanish) and an industry page has a row
    /// per brand and channel: at 100 a page, the bench's W1 site had Spanish channel pages of 102-114 KB and industry
    /// pages of 138-153 KB; at 50 both stay well under 100 KB.
    /// </summary>
    public const int PerPage = 50;

    /// <summary>
    /// Brands on one page of the brands index, whose rows are short (a name and a line of figures, about 0.3 KB): a list
    /// of up to 200 brands stays on one page, as the issue asks; at 1,000 brands each page stays near 70 KB.
    /// </summary>
    public const int BrandsIndexPerPage = 200;

    /// <summary>How many pages a list of <paramref name="items"/> takes (one at least), <paramref name="perPage"/> to a page.</summary>
    public static int CountOf(int items, int perPage = PerPage) => Math.Max(1, (items + perPage - 1) / perPage);

    /// <summary>The page's folder below the list's own: "" for page 1, "page/2/" for page 2.</summary>
    public static string Folder(int page) => page <= 1 ? "" : $"page/{page}/";

    /// <summary>The items of page <paramref name="page"/> (from 1).</summary>
    public static IReadOnlyList<T> Slice<T>(IEnumerable<T> items, int page, int perPage = PerPage) =>
        [.. items.Skip((Math.Max(page, 1) - 1) * perPage).Take(perPage)];

    /// <summary>
    /// The link from page <paramref name="from"/> to page <paramref name="to"/> of the same list, to the file
    /// <paramref name="fileName"/> there (the same ordering), as a directory URL where the file is the index.
    /// </summary>
    public static string Href(int from, int to, string fileName)
    {
        string up = from <= 1 ? "" : "../../";
        string target = up + Folder(to) + (fileName == "index.html" ? "" : fileName);
        return target.Length == 0 ? "./" : target;
    }

    /// <summary>The previous/next links and where the page is ("Brands 101–200 of 1,000"); empty for a list on one page.</summary>
    public static MarkupString Links(int page, int items, string fileName, SiteContext context, int perPage = PerPage)
    {
        int pages = CountOf(items, perPage);
        if (pages <= 1)
        {
            return new MarkupString("");
        }

        int first = ((page - 1) * perPage) + 1, last = Math.Min(page * perPage, items);
        string status = context.Text.Format("pager.status", ("first", Units.Count(first, context.Language)),
            ("last", Units.Count(last, context.Language)), ("total", Units.Count(items, context.Language)),
            ("page", Units.Count(page, context.Language)), ("pages", Units.Count(pages, context.Language)));
        string previous = page > 1
            ? $"<a href=\"{Href(page, page - 1, fileName)}\">{Html.Encoder.Encode(context.Text["pager.previous"])}</a>"
            : "";
        string next = page < pages
            ? $"<a href=\"{Href(page, page + 1, fileName)}\">{Html.Encoder.Encode(context.Text["pager.next"])}</a>"
            : "";
        return new MarkupString($"<nav class=\"pager\" aria-label=\"{Html.Encoder.Encode(context.Text["pager.label"])}\">{previous} <span>{Html.Encoder.Encode(status)}</span> {next}</nav>");
    }
}
