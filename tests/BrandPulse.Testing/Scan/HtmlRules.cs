using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BrandPulse.Testing.Scan;

/// <summary>
/// HTML, parsed as a browser would (AngleSharp): scripts only by reference or as JSON data that cannot break out,
/// no event-handler attributes, no script-capable URLs, no element, attribute or comment made by data (the hostile
/// corpus marks every payload <c>bpx</c>).
/// </summary>
internal static class HtmlRules
{
    private static readonly string[] s_urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data", "background"];

    public static void Check(string html, Action<string, string> add)
    {
        IHtmlDocument doc = new HtmlParser().ParseDocument(html);
        foreach (IElement e in doc.All)
        {
            string tag = e.LocalName;
            if (tag.Contains("bpx", StringComparison.OrdinalIgnoreCase))
            {
                add("html-injected-element", $"<{tag}> made by data");
            }

            if (tag == "script")
            {
                CheckScript(e, add);
            }

            if (tag is "iframe" or "object" or "embed" or "foreignobject" or "base")
            {
                add("html-element", $"<{tag}>");
            }

            foreach (IAttr a in e.Attributes)
            {
                if (a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    add("html-event-handler", $"<{tag} {a.Name}=\"{Clip(a.Value)}\">");
                }

                if (a.Name.Contains("bpx", StringComparison.OrdinalIgnoreCase))
                {
                    add("html-injected-attribute", $"<{tag} {a.Name}> made by data");
                }

                if (s_urlAttributes.Contains(a.Name.ToLowerInvariant()) && Urls.IsScriptCapable(a.Value))
                {
                    add("html-url", $"<{tag} {a.Name}=\"{Clip(a.Value)}\">");
                }
            }

            if (tag == "meta" && string.Equals(e.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && Urls.IsScriptCapable((e.GetAttribute("content") ?? "").Split("url=", 2, StringSplitOptions.None).ElementAtOrDefault(1) ?? ""))
            {
                add("html-url", "meta refresh to a script URL");
            }
        }

        foreach (INode comment in doc.Descendants().Where(n => n.NodeType == NodeType.Comment))
        {
            if (comment.TextContent.Contains("bpx", StringComparison.OrdinalIgnoreCase))
            {
                add("html-injected-comment", Clip(comment.TextContent));
            }
        }
    }

    private static void CheckScript(IElement script, Action<string, string> add)
    {
        string type = (script.GetAttribute("type") ?? "").Trim().ToLowerInvariant();
        string body = script.TextContent;
        if (type is "application/ld+json" or "application/json")
        {
            if (body.Contains('<') || body.Contains('\u2028') || body.Contains('\u2029'))
            {
                add("html-script-breakout", "JSON inside <script> holds '<' or U+2028/2029 unescaped");
            }

            try
            {
                using var _ = System.Text.Json.JsonDocument.Parse(body);
            }
            catch (System.Text.Json.JsonException e)
            {
                add("html-script-json", e.Message);
            }

            return;
        }

        if (body.Trim().Length > 0)
        {
            add("html-inline-script", Clip(body));
        }

        string src = script.GetAttribute("src") ?? "";
        if (src.Length == 0 || Urls.IsScriptCapable(src) || src.Contains("bpx", StringComparison.OrdinalIgnoreCase))
        {
            add("html-script-src", $"<script src=\"{Clip(src)}\">");
        }
    }

    private static string Clip(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
