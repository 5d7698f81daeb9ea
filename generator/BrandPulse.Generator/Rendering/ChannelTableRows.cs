using System.Globalization;
using System.Runtime.CompilerServices;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;
using BrandPulse.Statistics;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// A channel page's table, in the page's language: one row per brand in the page's order, with the values its
/// sortable columns sort by (invariant numbers in <c>data-value</c>, whatever the language).
/// </summary>
public static class ChannelTableRows
{
    /// <summary>The sort value of a median never reached: after every finite one.</summary>
    private const double NotReached = 1e15;

    /// <summary>The table's rows, one per brand: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    /// <param name="root">The relative path from the page to the site root.</param>
    public static MarkupString For(ChannelRanking ranking, ChannelSort sort, string root, SiteContext context) =>
        For(sort.Apply(ranking), root, context);

    /// <summary>The rows of the given brands, in the order given (one page of a long list: <see cref="ListPages"/>).</summary>
    public static MarkupString For(IReadOnlyList<ChannelFigures> rows, string root, SiteContext context) =>
        Html.Build((Rows: rows, Root: root, Context: context), static (h, page) =>
    {
        foreach (ChannelFigures f in page.Rows)
        {
            h.Append($"{Row(f, page.Root, page.Context)}");
        }
    });

    /// <summary>
    /// A brand's row, worked out once per build for each language and folder depth (<see cref="SiteContext.Memo"/>): the
    /// same row is on a page of each of the table's six orderings, and the pages of one depth link alike. At W1 that is
    /// about 13,000 rows made instead of 36,000.
    /// </summary>
    private static MarkupString Row(ChannelFigures f, string root, SiteContext context) =>
        context.Memo.Get("channel-row", new RowKey(f, root, context.Text, context.TranslatedPaths), () =>
            Html.Build((Figures: f, Root: root, Context: context), static (h, row) =>
    {
        (ChannelFigures f, string root, SiteContext c) = row;
        h.Append($"<tr data-industry=\"{IndustryIndex.SlugOf(f.Brand, c)}\"><td class=\"rank\" data-value=\"{f.Rank?.Rank.ToString(CultureInfo.InvariantCulture) ?? ""}\">{FigureText.Rank(f.Rank)}");
        if (FigureText.RankRange(f.Rank) is { Length: > 0 } range)
        {
            h.Append($"<span class=\"range\"> ({range})</span>");
        }

        h.Append($"</td>\n          <th scope=\"row\"><a href=\"{c.Href(root, $"brands/{f.Brand.Slug}/index.html")}\"><bdi>{f.Brand.DisplayName}</bdi></a>{FigureTags.Titled(f, c)}{FigureTags.Period(f, c)}</th>\n          <td>{c.IndustryName(f.Brand)}</td>\n          <td class=\"num\" data-value=\"{f.Summary.N}\">{FigureText.Count(f.Summary.N, c)}</td>");
        if (f.Status == FigureStatus.TooFew)
        {
            string tooFew = c.Text.Format("too_few.cell", ("min_shown", Units.Count(RankingRules.MinShown, c.Language)));
            h.Append($"<td class=\"num muted\" data-value colspan=\"5\">{tooFew}</td></tr>");
        }
        else
        {
            h.Append($"<td class=\"num\" data-value=\"{Num(f.Summary.ResponseRate.Value)}\">{FigureTags.Answered(f, c)}</td>\n            <td class=\"num\" data-value=\"{Num(f.Summary.Median.Value ?? NotReached)}\">{FigureText.Duration(f.Summary.Median.Value, c)}<span class=\"ci\">{FigureText.Interval(f.Summary.Median, c)}</span></td>\n            <td class=\"num\" data-value=\"{Num(f.Kinds.Substantive?.Median.Value ?? NotReached)}\">{FigureTags.RealAnswer(f, c)}</td>\n            <td class=\"num\">{FigureText.Duration(f.Summary.P90.Value, c)}</td>\n            <td class=\"num\">{FigureText.Percent(f.Summary.AnsweredWithin1Hour.Value, c)}</td></tr>");
        }
    }));

    /// <summary>What a row depends on, each by identity: the figures, the page's depth, the language's strings and translated pages.</summary>
    private sealed class RowKey(ChannelFigures figures, string root, Strings text, IReadOnlySet<string> translated) : IEquatable<RowKey>
    {
        private readonly ChannelFigures _figures = figures;
        private readonly string _root = root;
        private readonly Strings _text = text;
        private readonly IReadOnlySet<string> _translated = translated;

        public bool Equals(RowKey? other) => other is not null && ReferenceEquals(other._figures, _figures) && other._root == _root
            && ReferenceEquals(other._text, _text) && ReferenceEquals(other._translated, _translated);

        public override bool Equals(object? obj) => Equals(obj as RowKey);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(_figures), _root, RuntimeHelpers.GetHashCode(_text));
    }

    private static string Num(double? v) => v is double d ? d.ToString("R", CultureInfo.InvariantCulture) : "";
}
