using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// Markup repeated hundreds of times on a page (the rows of the big tables), built in C# instead of as one render-tree
/// frame per element, attribute and text, and handed to the page as one <see cref="MarkupString"/>.
/// Escaping works as in Razor: the literal parts of the interpolated strings given to <see cref="Append"/> are markup;
/// every value interpolated into them is HTML-encoded with the encoder <c>HtmlRenderer</c> uses (so the output is
/// byte for byte what the equivalent Razor markup renders), except a <see cref="MarkupString"/>, which is markup already.
/// </summary>
public sealed class Html
{
    /// <summary>The encoder HtmlRenderer uses for text and attribute values when no other is registered.</summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    [ThreadStatic] private static StringBuilder? t_spare;

    private StringBuilder? _text;

    private Html(StringBuilder text) => _text = text;

    /// <summary>A builder; <see cref="ToMarkup"/> ends it (its buffer is reused by the next one on the thread).</summary>
    public static Html Begin()
    {
        StringBuilder text = t_spare ?? new StringBuilder(4096);
        t_spare = null;
        return new Html(text);
    }

    /// <summary>Builds markup with <paramref name="build"/> on a fresh builder: <c>Html.Build(h => { foreach … h.Append($"…"); })</c>.</summary>
    public static MarkupString Build(Action<Html> build)
    {
        Html html = Begin();
        build(html);
        return html.ToMarkup();
    }

    /// <summary>Builds markup with <paramref name="build"/> from a state, without a closure: <c>Html.Build(rows, static (h, rows) => …)</c>.</summary>
    public static MarkupString Build<TState>(TState state, Action<Html, TState> build)
    {
        Html html = Begin();
        build(html, state);
        return html.ToMarkup();
    }

    /// <summary>Appends markup: the literal parts as written, the interpolated values HTML-encoded.</summary>
    public Html Append([InterpolatedStringHandlerArgument("")] ref HtmlInterpolatedStringHandler html) => this;

    /// <summary>Appends text, HTML-encoded.</summary>
    public Html Text(string? text)
    {
        EncodeTo(Buffer, text);
        return this;
    }

    /// <summary>The markup built; the builder cannot be used after.</summary>
    public MarkupString ToMarkup()
    {
        StringBuilder text = Buffer;
        _text = null;
        string markup = text.ToString();
        if (text.Capacity <= 1 << 22)
        {
            text.Clear();
            t_spare = text;
        }

        return new MarkupString(markup);
    }

    internal StringBuilder Buffer => _text ?? throw new InvalidOperationException("This markup was already taken with ToMarkup.");

    /// <summary>Encodes text as HtmlRenderer does: unchanged when nothing in it needs encoding, which is the common case.</summary>
    internal static void EncodeTo(StringBuilder output, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        output.Append(Encoder.Encode(text));
    }
}

/// <summary>The literal parts of an interpolated string as markup, its values HTML-encoded: see <see cref="Html"/>.</summary>
[InterpolatedStringHandler]
public readonly ref struct HtmlInterpolatedStringHandler
{
    private readonly StringBuilder _output;

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount, Html html)
    {
        _ = literalLength;
        _ = formattedCount;
        _output = html.Buffer;
    }

    public void AppendLiteral(string markup) => _output.Append(markup);

    public void AppendFormatted(string? text) => Html.EncodeTo(_output, text);

    public void AppendFormatted(int value) => _output.Append(CultureInfo.InvariantCulture, $"{value}");

    public void AppendFormatted(long value) => _output.Append(CultureInfo.InvariantCulture, $"{value}");

    /// <summary>Markup already: written as it is (as Razor writes a <see cref="MarkupString"/>).</summary>
    public void AppendFormatted(MarkupString markup) => _output.Append(markup.Value);
}
