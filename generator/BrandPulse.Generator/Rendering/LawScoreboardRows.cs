using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The rows of the Ley 10/2025 scoreboard, one list per rule, real data first (illustrative data never heads a
/// list), then by brand name and channel. The scoreboard shows the first <see cref="Preview"/> of each list and links
/// to the rule's own pages (<c>ley-10-2025/RULE/</c>, <see cref="ListPages.PerPage"/> to a page): at 1,000 brands a
/// single page holding every list was 2.0 MB (2.3 MB in Spanish).
/// </summary>
public sealed record LawScoreboardRows(
    IReadOnlyList<ChannelFigures> Phone,
    IReadOnlyList<ChannelFigures> Field,
    IReadOnlyList<ChannelFigures> Other,
    IReadOnlyList<ChannelFigures> Written,
    IReadOnlyList<ChannelFigures> Language)
{
    /// <summary>Rows of each rule on the scoreboard's own page.</summary>
    public const int Preview = 10;

    /// <summary>The rules, as their folders below <c>ley-10-2025/</c> and their tables' <c>data-rule</c>.</summary>
    public static readonly IReadOnlyList<string> Rules = ["every-call", "asked-for-person", "no-percentage", "written-15-working-days"];

    /// <summary>The rows of <paramref name="model"/>.</summary>
    public static LawScoreboardRows Of(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        List<ChannelFigures> measured = [.. InOrder(model.Brands.SelectMany(b => b.Channels)
            .Where(f => f.Law is not null && f.Status != FigureStatus.TooFew))];
        List<ChannelFigures> phone = [.. measured.Where(f => f.Law!.Phone is { ThreeMinutes.Share.Trials: > 0 })];
        List<ChannelFigures> field = [.. phone.Where(f => f.Law!.Phone!.Field is { AskedToPerson.Share.Trials: > 0 } && f.Law.Phone.AskedVerdict is not null)];
        List<ChannelFigures> language = [.. measured.Where(f => f.Law!.AnsweredInComplaintLanguage.Trials > 0)];
        List<ChannelFigures> written = [.. measured.Where(f => f.Law!.Written is { } w && (w.Figures.N > 0 || w.NoCalendar > 0))];
        return new LawScoreboardRows(phone, field, [.. InOrder(field.Union(language))], written, language);
    }

    /// <summary>The list of <paramref name="rule"/>.</summary>
    public IReadOnlyList<ChannelFigures> For(string rule) => rule switch
    {
        "every-call" => Phone,
        "asked-for-person" => Field,
        "no-percentage" => Other,
        "written-15-working-days" => Written,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "not a scoreboard rule"),
    };

    /// <summary>The rows of <paramref name="rule"/> that a page shows: the preview on the scoreboard (<paramref name="shownRule"/> null), a slice on the rule's page, none on another rule's page.</summary>
    public IReadOnlyList<ChannelFigures> Shown(string rule, string? shownRule, int page) =>
        shownRule is null ? [.. For(rule).Take(Preview)]
        : shownRule == rule ? ListPages.Slice(For(rule), page)
        : [];

    private static IEnumerable<ChannelFigures> InOrder(IEnumerable<ChannelFigures> rows) => rows
        .OrderBy(f => f.Illustrative).ThenBy(f => f.Brand.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Channel, StringComparer.Ordinal);
}
