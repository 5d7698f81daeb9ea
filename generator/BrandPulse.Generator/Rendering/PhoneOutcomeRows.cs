using System.Globalization;
using BrandPulse.Generator.Model;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// How a brand's calls had ended by each time (issue 13): reaching a person competes with hanging up, being cut off,
/// never being offered a person and a busy or unanswered line. Each row is one time after the line connected, with
/// each outcome's Aalen-Johansen cumulative incidence and the share still on the line (the six add up to 100%), drawn
/// as a stacked bar beside the numbers.
/// </summary>
public static class PhoneOutcomeRows
{
    /// <summary>The rows' times, in seconds after the line connected (3 minutes is the law's limit).</summary>
    public static IReadOnlyList<int> Times { get; } = [30, 60, 180, 300, 600, 1800];

    /// <summary>The outcomes in column order, as the keys of their names (<c>phone.ended.KEY</c>) and CSS classes (<c>o-KEY</c>).</summary>
    public static IReadOnlyList<string> Columns { get; } = ["reached", "abandoned", "cut_off", "no_person", "busy", "waiting"];

    /// <summary>Each outcome's share by <paramref name="seconds"/>, in <see cref="Columns"/> order; the last is what is left (still on the line).</summary>
    public static double[] SharesAt(IReadOnlyList<IncidencePoint> curve, double seconds)
    {
        ArgumentNullException.ThrowIfNull(curve);
        IncidencePoint? at = null;
        foreach (IncidencePoint p in curve)
        {
            if (p.Seconds > seconds)
            {
                break;
            }

            at = p;
        }

        if (at is null)
        {
            return [0, 0, 0, 0, 0, 1];
        }

        double ended = at.ReachedPerson + at.Abandoned + at.CutOff + at.NoPersonOffered + at.BusyNoAnswer;
        return [at.ReachedPerson, at.Abandoned, at.CutOff, at.NoPersonOffered, at.BusyNoAnswer, Math.Max(0, 1 - ended)];
    }

    /// <summary>The header cells: each outcome's name after a swatch of its colour in the bars.</summary>
    public static MarkupString Header(SiteContext context) => Html.Build(context, static (h, c) =>
    {
        foreach (string column in Columns)
        {
            h.Append($"<th scope=\"col\" class=\"num\"><span class=\"swatch o-{column}\" aria-hidden=\"true\"></span>{c.Text["phone.ended." + column]}</th>");
        }
    });

    /// <summary>One row per time: the time, the stacked bar (hidden from screen readers: the cells say the same) and the shares.</summary>
    public static MarkupString Rows(PhoneLawFigures law, SiteContext context) => Html.Build((law, context), static (h, page) =>
    {
        (PhoneLawFigures law, SiteContext c) = page;
        foreach (int seconds in Times)
        {
            double[] shares = SharesAt(law.Curve, seconds);
            h.Append($"<tr><th scope=\"row\">{FigureText.Duration(seconds / 60.0, c)}</th><td class=\"bar\">{Bar(shares)}</td>");
            foreach (double share in shares)
            {
                h.Append($"<td class=\"num\">{FigureText.Percent(share, c)}</td>");
            }

            h.Append($"</tr>");
        }
    });

    /// <summary>A 100-unit wide stacked bar: one rectangle per outcome with a share, widths to 0.1.</summary>
    private static MarkupString Bar(double[] shares) => Html.Build(shares, static (h, s) =>
    {
        h.Append($"<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" width=\"100%\" height=\"14\" aria-hidden=\"true\" focusable=\"false\">");
        double x = 0;
        for (int i = 0; i < s.Length; i++)
        {
            double width = Math.Round(s[i] * 100, 1);
            if (width > 0)
            {
                h.Append($"<rect class=\"o-{Columns[i]}\" x=\"{x.ToString("0.#", CultureInfo.InvariantCulture)}\" y=\"0\" width=\"{width.ToString("0.#", CultureInfo.InvariantCulture)}\" height=\"10\"/>");
                x += width;
            }
        }

        h.Append($"</svg>");
    });
}
