using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The tags after a brand's name in a table row: figures from illustrative data, figures from the answered-only data
/// set. Each form taking a <see cref="SiteContext"/> writes the page's language (strings <c>tag.*</c>); the forms
/// without one write English, for pages not yet translated.
/// </summary>
public static class FigureTags
{
    /// <summary>The tags with a title explaining each (the rankings tables), in the page's language.</summary>
    public static MarkupString Titled(ChannelFigures f, SiteContext context) => new(
        (f.Illustrative ? Tag(context, "illustrative", "tag.illustrative", "tag.illustrative_title") : "")
        + (f.AnsweredOnlyShare > 0 ? Tag(context, "selected", SelectedKey(f), "tag.answered_only_title") : "")
        + Deflects(f, context));

    /// <summary>The tags alone, in the page's language.</summary>
    public static MarkupString Plain(ChannelFigures f, SiteContext context) => new(
        (f.Illustrative ? Tag(context, "illustrative", "tag.illustrative", null) : "")
        + (f.AnsweredOnlyShare > 0 ? Tag(context, "selected", SelectedKey(f), null) : "")
        + Deflects(f, context));

    /// <summary>The months a brand's figures on a channel come from, shown under its name, in the page's language.</summary>
    public static MarkupString Period(ChannelFigures f, SiteContext context) => f.PeriodStartMs == 0 && f.PeriodEndMs == 0
        ? new("")
        : new($"<span class=\"period\">{TextMarkup.Escape(FigureText.MonthPeriod(f.PeriodStartMs, f.PeriodEndMs, context))}</span>");

    /// <summary>The time to the first substantive answer (median, 95% interval) in the page's language; a dash where not classified.</summary>
    public static MarkupString RealAnswer(ChannelFigures f, SiteContext context) => f.Kinds.Substantive is { } s
        ? Html.Build((s, context), static (h, x) => h.Append($"{FigureText.Duration(x.s.Median.Value, x.context)}<span class=\"ci\">{FigureText.Interval(x.s.Median, x.context)}</span>"))
        : new MarkupString("–");

    /// <summary>The share answered as a table cell's content, in the page's language ("by selection" where true by construction).</summary>
    public static MarkupString Answered(ChannelFigures f, SiteContext context) => new(f.SelectedBecauseAnswered
        ? FigureText.Percent(f.Summary.ResponseRate.Value, context) + "<span class=\"ci\">" + TextMarkup.Escape(context.Text["tag.by_selection"]) + "</span>"
        : FigureText.Percent(f.Summary.ResponseRate.Value, context));

    private static string SelectedKey(ChannelFigures f) => f.SelectedBecauseAnswered ? "tag.answered_only" : "tag.partly_answered_only";

    private static string Tag(SiteContext context, string kind, string key, string? titleKey) => titleKey is null
        ? $"<span class=\"tag {kind}\">{TextMarkup.Escape(context.Text[key])}</span>"
        : $"<span class=\"tag {kind}\" title=\"{TextMarkup.Escape(context.Text[titleKey])}\">{TextMarkup.Escape(context.Text[key])}</span>";

    private static string Deflects(ChannelFigures f, SiteContext context) => IsDeflecting(f)
        ? $"<span class=\"tag deflects\">{TextMarkup.Escape(context.Text.Format("tag.deflects", ("share", FigureText.Percent(f.Kinds.DeflectionShare, context))))}</span>"
        : "";

    private const string IllustrativeTag = "<span class=\"tag illustrative\">illustrative</span>";
    private const string IllustrativeTitled = "<span class=\"tag illustrative\" title=\"Derived from illustrative, made-up data\">illustrative</span>";
    private const string SelectedTitle = " title=\"Every conversation in this data set was selected because the brand answered\"";

    /// <summary>Deflections (move to a private channel, repeat yourself, automatic) from this share of first replies up are flagged.</summary>
    public const double DeflectionFlag = 1.0 / 3;

    /// <summary>The tags with a title explaining each (the rankings tables).</summary>
    public static MarkupString Titled(ChannelFigures f) => new(
        (f.Illustrative ? IllustrativeTitled : "")
        + (f.AnsweredOnlyShare > 0 ? Selected(f, SelectedTitle) : "")
        + Deflects(f));

    /// <summary>The tags alone.</summary>
    public static MarkupString Plain(ChannelFigures f) => new(
        (f.Illustrative ? IllustrativeTag : "")
        + (f.AnsweredOnlyShare > 0 ? Selected(f, "") : "")
        + Deflects(f));

    /// <summary>The months a brand's figures on a channel come from, shown under its name.</summary>
    public static MarkupString Period(ChannelFigures f) => new(f.PeriodStartMs == 0 && f.PeriodEndMs == 0 ? ""
        : $"<span class=\"period\">{FigureText.MonthPeriod(f.PeriodStartMs, f.PeriodEndMs)}</span>");

    /// <summary>Whether two of these figures' periods start or end more than a year apart.</summary>
    public static bool PeriodsApart(IReadOnlyList<ChannelFigures> figures) => figures.Count > 1
        && (figures.Max(f => f.PeriodStartMs) - figures.Min(f => f.PeriodStartMs) > YearMs
            || figures.Max(f => f.PeriodEndMs) - figures.Min(f => f.PeriodEndMs) > YearMs);

    private const long YearMs = 365L * 24 * 3600 * 1000;

    /// <summary>Whether a third or more of the brand's classified first replies on the channel were only a deflection.</summary>
    public static bool IsDeflecting(ChannelFigures f) => f.Status != FigureStatus.TooFew && f.Kinds.DeflectionShare >= DeflectionFlag;

    /// <summary>
    /// The time to the first substantive answer (median, 95% interval) as a table cell's content; a dash where the
    /// first replies were not classified (the phone).
    /// </summary>
    public static MarkupString RealAnswer(ChannelFigures f) => f.Kinds.Substantive is { } s
        ? Html.Build(s, static (h, s) => h.Append($"{FigureText.Duration(s.Median.Value)}<span class=\"ci\">{FigureText.Interval(s.Median)}</span>"))
        : new MarkupString("–");

    private static string Deflects(ChannelFigures f) => IsDeflecting(f)
        ? $"<span class=\"tag deflects\">{FigureText.Percent(f.Kinds.DeflectionShare)} of first replies only deflected</span>"
        : "";

    /// <summary>
    /// The share answered as a table cell's content: for figures wholly from a data set selected because the brand
    /// answered, 100% is true by construction, and the cell says so in visible text.
    /// </summary>
    public static MarkupString Answered(ChannelFigures f) => new(f.SelectedBecauseAnswered
        ? FigureText.Percent(f.Summary.ResponseRate.Value) + "<span class=\"ci\">by selection</span>"
        : FigureText.Percent(f.Summary.ResponseRate.Value));

    private static string Selected(ChannelFigures f, string title) =>
        $"<span class=\"tag selected\"{title}>{(f.SelectedBecauseAnswered ? "answered only" : "partly answered only")}</span>";
}
