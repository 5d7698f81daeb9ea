using System.Globalization;
using System.Text;

namespace BrandPulse.Generator.Charts;

/// <summary>
/// Writes SVG as text, element by element: every attribute value and text is escaped for XML, every number is written
/// with the invariant culture and at most two decimals (so the same drawing gives the same bytes on any machine).
/// <c>w.Open("line").Attr("x1", 3).Attr("y1", 4.5).End()</c> writes <c>&lt;line x1="3" y1="4.5"/&gt;</c>.
/// </summary>
public sealed class SvgWriter
{
    private readonly StringBuilder _s = new(4096);
    private readonly Stack<string> _open = new();
    private bool _inTag;

    /// <summary>Starts an element; add attributes, then <see cref="End"/> it empty or give it content and <see cref="Close"/> it.</summary>
    public SvgWriter Open(string tag)
    {
        FinishTag();
        _s.Append('<').Append(tag);
        _open.Push(tag);
        _inTag = true;
        return this;
    }

    /// <summary>An attribute of the element just opened, its value escaped.</summary>
    public SvgWriter Attr(string name, string value)
    {
        if (!_inTag)
        {
            throw new InvalidOperationException($"attribute {name} outside an element's start tag");
        }

        _s.Append(' ').Append(name).Append("=\"");
        AppendEscaped(_s, value);
        _s.Append('"');
        return this;
    }

    /// <summary>A numeric attribute (see <see cref="Number"/>).</summary>
    public SvgWriter Attr(string name, double value) => Attr(name, Number(value));

    /// <summary>Text content of the open element, escaped.</summary>
    public SvgWriter Text(string text)
    {
        FinishTag();
        AppendEscaped(_s, text);
        return this;
    }

    /// <summary>Ends the element just opened as an empty one (<c>/&gt;</c>).</summary>
    public SvgWriter End()
    {
        if (!_inTag)
        {
            throw new InvalidOperationException("End() without an open start tag");
        }

        _s.Append("/>");
        _open.Pop();
        _inTag = false;
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    public SvgWriter Close()
    {
        FinishTag();
        _s.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>The SVG written; every element must have been closed.</summary>
    public override string ToString()
    {
        if (_open.Count > 0 || _inTag)
        {
            throw new InvalidOperationException($"unclosed element <{_open.Peek()}>");
        }

        return _s.ToString();
    }

    /// <summary>A number as SVG writes it here: invariant culture, at most two decimals, no "-0".</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "an SVG number must be finite");
        }

        double rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0";
        }

        if (Math.Abs(rounded) >= 1e12)
        {
            return rounded.ToString("0.##", CultureInfo.InvariantCulture);
        }

        // What "0.##" writes, from whole hundredths: a custom format string is the slow path of number formatting, and a
        // W1 build writes millions of these.
        long hundredths = (long)Math.Round(rounded * 100);
        long whole = Math.Abs(hundredths) / 100, part = Math.Abs(hundredths) % 100;
        Span<char> text = stackalloc char[24];
        int n = 0;
        if (hundredths < 0)
        {
            text[n++] = '-';
        }

        whole.TryFormat(text[n..], out int digits, default, CultureInfo.InvariantCulture);
        n += digits;
        if (part != 0)
        {
            text[n++] = '.';
            text[n++] = (char)('0' + (part / 10));
            if (part % 10 != 0)
            {
                text[n++] = (char)('0' + (part % 10));
            }
        }

        return new string(text[..n]);
    }

    /// <summary>Text escaped for XML content and attribute values; characters XML cannot hold (controls) are left out.</summary>
    public static string Escape(string text)
    {
        var s = new StringBuilder(text.Length + 8);
        AppendEscaped(s, text);
        return s.ToString();
    }

    private static void AppendEscaped(StringBuilder s, string text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': s.Append("&amp;"); break;
                case '<': s.Append("&lt;"); break;
                case '>': s.Append("&gt;"); break;
                case '"': s.Append("&quot;"); break;
                case '\'': s.Append("&#39;"); break;
                case < ' ' and not ('\t' or '\n' or '\r'): break;
                case '\uFFFE' or '\uFFFF': break;
                default: s.Append(c); break;
            }
        }
    }

    private void FinishTag()
    {
        if (_inTag)
        {
            _s.Append('>');
            _inTag = false;
        }
    }
}
