using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The interface strings of a page's language (<see cref="SiteContext.Text"/>) as pages use them: markup for Razor
/// (<c>@Context.Say("home.title")</c>), channel names and counted nouns. A string's own text is written as markup
/// (only <c>&amp; &lt; &gt; "</c> escaped, as literal text in a Razor file is); a placeholder's value is encoded as
/// Razor encodes <c>@value</c>, unless it is a <see cref="MarkupString"/> (a link, emphasis), which is markup already.
/// </summary>
public static class PageText
{
    /// <summary>A string with no placeholders, as markup.</summary>
    public static MarkupString Say(this SiteContext context, string key) => TextMarkup.Of(context.Text, key);

    /// <summary>
    /// A string with its placeholders filled, as markup: each value a <see cref="string"/> (encoded as Razor encodes
    /// it) or a <see cref="MarkupString"/> (written as it is).
    /// </summary>
    public static MarkupString Say(this SiteContext context, string key, params (string Name, object Value)[] values) =>
        new(TextMarkup.Fill(context.Text, key, [.. values.Select(v => (v.Name, Markup(v.Value)))]));

    /// <summary>A string with its placeholders filled with plain text, as plain text (for attributes and titles).</summary>
    public static string Plain(this SiteContext context, string key, params (string Name, string Value)[] values) =>
        values.Length == 0 ? context.Text[key] : context.Text.Format(key, values);

    /// <summary>The site path of a page in the page's language, from its English path: "es/channels/index.html".</summary>
    public static string PagePath(this SiteContext context, string referencePath) => SiteLanguages.In(referencePath, context.Language);

    /// <summary>
    /// An industry's name in the page's language. English pages show it as the brand registry stores it (data);
    /// other languages read the string <c>industry.name.SLUG</c> (the slug stays the identifier), falling back to the
    /// stored name for an industry without one. A brand without an industry is "Unknown industry" in the page's language.
    /// </summary>
    public static string IndustryName(this SiteContext context, Site.Industry industry) =>
        IndustryName(context, industry.Slug, industry.Name);

    /// <summary>A brand's industry name, as <see cref="IndustryName(SiteContext, Site.Industry)"/>.</summary>
    public static string IndustryName(this SiteContext context, BrandPulse.Data.Model.Brand brand) =>
        IndustryName(context, IndustryIndex.SlugOf(brand, context), IndustryIndex.NameOf(brand, context));

    /// <summary>
    /// The industries of a model as a page lists them: alphabetically by their names in the page's language (accents
    /// and case folded as slugs fold them), "Unknown industry" last. English pages keep <see cref="IndustryIndex.Of"/>'s
    /// order; another language's is worked out once per build (<see cref="SiteContext.Memo"/>).
    /// </summary>
    public static IReadOnlyList<Site.Industry> Industries(this SiteContext context, SiteModel model) =>
        context.Language == Strings.Reference
            ? IndustryIndex.Of(model, context)
            : context.Memo.Get("industries", (model, context.Language), () => (IReadOnlyList<Site.Industry>)[.. IndustryIndex.Of(model, context)
                .OrderBy(i => i.Slug == Site.Industries.UnknownSlug)
                .ThenBy(i => BrandPulse.Data.Registry.Slugs.Base(context.IndustryName(i)), StringComparer.Ordinal)
                .ThenBy(i => i.Slug, StringComparer.Ordinal)]);

    /// <summary>The string key of an industry's name in a language other than the registry's: <c>industry.name.SLUG</c>.</summary>
    public static string IndustryKey(string slug) => "industry.name." + slug;

    private static string IndustryName(SiteContext context, string slug, string stored) =>
        slug == Site.Industries.UnknownSlug ? context.Text["industries.unknown"]
        : context.Language != Strings.Reference && context.Text.Values.TryGetValue(IndustryKey(slug), out string? translated) ? translated
        : stored;

    /// <summary>
    /// The list of editions in the page's language, from the server root (the same page bytes are written at the site
    /// root and in an edition's frozen copy, where no relative link could reach the editions folder from both).
    /// </summary>
    public static string AllEditionsHref(this SiteContext context) => context.Language == Strings.Reference
        ? Publishing.Editions.Href(context, "index.html")
        : Site.SiteUrls.RootPath(context with { Edition = null }) + context.PagePath("editions/index.html");

    /// <summary>
    /// A link to an edition's frozen home page in the page's language, its text the string <paramref name="key"/>
    /// with the edition's date in a <c>time</c> element as the language writes dates (English keeps the ISO date);
    /// without a key, the date alone.
    /// </summary>
    public static MarkupString EditionLink(this SiteContext context, string edition, string? key = "cite.edition_link") =>
        new($"<a href=\"{TextMarkup.Escape(Publishing.Editions.Href(context, $"{edition}/{context.PagePath("index.html")}"))}\">"
            + (key is null ? EditionTime(context, edition).Value : context.Say(key, ("date", EditionTime(context, edition))).Value) + "</a>");

    /// <summary>An edition's date (yyyy-MM-dd) in a <c>time</c> element, as the page's language writes dates (English: ISO).</summary>
    public static MarkupString EditionTime(this SiteContext context, string edition)
    {
        string shown = context.Language != Strings.Reference && DateOnly.TryParseExact(edition, "yyyy-MM-dd", out DateOnly date)
            ? Units.Date(date, context.Language)
            : edition;
        return new($"<time datetime=\"{Html.Encoder.Encode(edition)}\">{Html.Encoder.Encode(shown)}</time>");
    }

    /// <summary>How a channel is written for readers in the page's language ("Twitter/X", "Teléfono").</summary>
    public static string ChannelName(this SiteContext context, string channel) =>
        context.Text.Values.TryGetValue("channel." + channel, out string? name) ? name : BrandPulse.Data.Model.Channels.DisplayName(channel);

    /// <summary>
    /// A channel after a verb in running text, in the page's language: "on Twitter/X", "por teléfono" (strings
    /// <c>channel_on.CODE</c>, else <c>channel_on.other</c>); capitalised to open a sentence.
    /// </summary>
    public static string ChannelOn(this SiteContext context, string channel, bool capitalized = false)
    {
        string on = context.Text.Values.TryGetValue("channel_on." + channel, out string? known)
            ? known
            : context.Text.Format("channel_on.other", ("channel", context.ChannelName(channel)));
        return capitalized && on.Length > 0 ? char.ToUpperInvariant(on[0]) + on[1..] : on;
    }

    /// <summary>
    /// A counted noun in the page's language, the count written by <see cref="Units"/>: "1 brand", "1,204 complaints",
    /// "31 052 quejas". <paramref name="noun"/> names the strings <c>count.NOUN.one</c> and <c>count.NOUN.other</c>.
    /// </summary>
    public static string Counted(this SiteContext context, string noun, long count) =>
        context.Text.Format($"count.{noun}.{(count == 1 ? "one" : "other")}", ("count", Units.Count(count, context.Language)));

    /// <summary>The string <c>KEY.one</c> or <c>KEY.other</c> for a count, its placeholders filled as in <see cref="Say(SiteContext, string, ValueTuple{string, object}[])"/>.</summary>
    public static MarkupString SayCounted(this SiteContext context, string key, long count, params (string Name, object Value)[] values) =>
        context.Say($"{key}.{(count == 1 ? "one" : "other")}", values);

    private static string Markup(object value) => value switch
    {
        MarkupString markup => markup.Value,
        string text => Html.Encoder.Encode(text),
        _ => throw new ArgumentException($"A placeholder's value must be a string or a MarkupString, not {value.GetType().Name}: format numbers with Units first.", nameof(value)),
    };
}
