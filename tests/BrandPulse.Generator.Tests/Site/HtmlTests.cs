using BrandPulse.Generator.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace BrandPulse.Generator.Tests.Site;

/// <summary>Markup built in C# for the big tables (<see cref="Html"/>): escaped exactly as Razor markup would be.</summary>
public sealed class HtmlTests
{
    public static TheoryData<string> Hostile() =>
    [
        "<script>alert(\"x&y\")</script>",
        "O'Brien & Sons",
        "\"><img src=x onerror=alert(1)>",
        "Café – Crème ’s “best”",
        "Emoji 😀 and a lone surrogate \ud800",
        "plain text",
        "",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Values_are_encoded_byte_for_byte_as_HtmlRenderer_encodes_text_and_attributes(string value)
    {
        // Given the same element written as Razor markup (render-tree frames) and with Html
        await using var renderer = new PageRenderer();

        // When both are rendered
        string html = await renderer.RenderAsync<TwinElements>(new Dictionary<string, object?> { [nameof(TwinElements.Value)] = value });

        // Then they are the same bytes
        string[] halves = html["<!DOCTYPE html>\n".Length..].Split('|');
        Assert.Equal(2, halves.Length);
        Assert.Equal(halves[0], halves[1]);
        Assert.DoesNotContain("<script", halves[1], StringComparison.Ordinal);
        Assert.DoesNotContain("<img", halves[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_parts_are_markup_values_are_text_markup_strings_are_markup()
    {
        // Given markup with a text value, a number and a MarkupString
        Html h = Html.Begin();
        h.Append($"<td title=\"{"a<b"}\">{12345}{new MarkupString("<b>x</b>")}{(string?)null}</td>");
        h.Text("&");

        // When it is taken
        string markup = h.ToMarkup().Value;

        // Then only the value is encoded, the number is invariant, the markup passes through
        Assert.Equal("<td title=\"a&lt;b\">12345<b>x</b></td>&amp;", markup);
        Assert.Throws<InvalidOperationException>(() => h.ToMarkup());
    }

    [Fact]
    public void Builders_reuse_a_buffer_but_never_share_markup()
    {
        // Given two builds one after the other on the same thread
        MarkupString first = Html.Build(h => h.Append($"<li>{"one"}</li>"));
        MarkupString second = Html.Build(2, static (h, n) =>
        {
            for (int i = 0; i < n; i++)
            {
                h.Append($"<li>{i}</li>");
            }
        });

        // Then each has its own markup only
        Assert.Equal("<li>one</li>", first.Value);
        Assert.Equal("<li>0</li><li>1</li>", second.Value);
    }

    [Fact]
    public async Task Pages_render_to_the_same_bytes_as_text_and_as_UTF8()
    {
        // Given a page with non-ASCII markup and values
        await using var renderer = new PageRenderer();
        var parameters = new Dictionary<string, object?> { [nameof(TwinElements.Value)] = "Crème ’s 😀" };

        // When it is rendered as text and as bytes
        string text = await renderer.RenderAsync<TwinElements>(parameters);
        byte[] bytes = await renderer.RenderUtf8Async<TwinElements>(parameters);

        // Then the bytes are the text's UTF-8
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), bytes);
    }

    /// <summary>The same element twice, separated by "|": once as render-tree frames, once built with <see cref="Html"/>.</summary>
    public sealed class TwinElements : ComponentBase
    {
        [Parameter] public string Value { get; set; } = "";

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "td");
            builder.AddAttribute(1, "title", Value);
            builder.AddAttribute(2, "data-value", Value);
            builder.AddContent(3, Value);
            builder.AddMarkupContent(4, "<span class=\"ci\">–</span>");
            builder.AddContent(5, Value);
            builder.CloseElement();
            builder.AddMarkupContent(6, "|");
            builder.AddContent(7, Html.Build(Value, static (h, v) => h.Append($"<td title=\"{v}\" data-value=\"{v}\">{v}<span class=\"ci\">–</span>{v}</td>")));
        }
    }
}
