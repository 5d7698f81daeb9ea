using System.Text;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Localization;

/// <summary>
/// Interface strings as markup: the text escaped (only <c>&amp; &lt; &gt; "</c>, so letters such as "í" or "“" stay as
/// written), and placeholders filled with markup (links) given by the caller. Every placeholder needs an argument and
/// every argument a placeholder, as in <see cref="Strings.Format"/>.
/// </summary>
public static class TextMarkup
{
    /// <summary>A string with no placeholders, escaped.</summary>
    public static MarkupString Of(Strings strings, string key) => new(Escape(strings[key]));

    /// <summary>A string with its placeholders filled with the given markup.</summary>
    public static MarkupString Of(Strings strings, string key, params (string Name, string Markup)[] arguments) =>
        new(Fill(strings, key, arguments));

    /// <summary>The filled string as plain markup text.</summary>
    public static string Fill(Strings strings, string key, params (string Name, string Markup)[] arguments)
    {
        Template template = strings.MarkupTemplateOf(key);
        string result = template.Fill(arguments, name => new ArgumentException($"{strings.Source}: the string '{key}' needs a value for {{{name}}}.", nameof(arguments)));
        foreach ((string name, _) in arguments.Where(a => !template.Names.Contains(a.Name)))
        {
            throw new ArgumentException($"{strings.Source}: the string '{key}' has no placeholder {{{name}}}.", nameof(arguments));
        }

        return result;
    }

    /// <summary>Escapes the characters that are markup in text and in quoted attribute values.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
