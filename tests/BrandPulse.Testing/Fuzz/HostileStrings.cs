namespace BrandPulse.Testing.Fuzz;

/// <summary>
/// Text that tries to become code or to confuse readers wherever it is shown: markup and script (HTML, SVG, attribute
/// and URL contexts), template syntax, spreadsheet formulas, bidi and zero-width characters, C0 controls, a very long
/// string. Every payload carries the marker <c>bpx</c>, so a scanner can tell it was rendered.
/// </summary>
public static class HostileStrings
{
    public const string Marker = "bpx";

    public static IReadOnlyList<string> Markup { get; } =
    [
        "<script>bpx()</script>",
        "\"><img src=x onerror=bpx()>",
        "'onmouseover='bpx()",
        "</title><bpxtag>",
        "<svg onload=bpx()>",
        "<!--bpx",
        "javascript:bpx()",
        "</script><script>bpx()</script>",
        "]]><bpx/>",
        "{{7*7}}bpx",
        "@(7*7)bpx",
        "${7*7}bpx",
        "bpx & \"quotes\" 'apostrophes'",
    ];

    /// <summary>Cells a spreadsheet would run as formulas.</summary>
    public static IReadOnlyList<string> Formulas { get; } =
    [
        "=HYPERLINK(\"http://x.example\",\"bpx\")",
        "+bpx",
        "-bpx-",
        "@bpx",
        "\tbpx",
        "\rbpx",
    ];

    /// <summary>Characters that reorder or hide text.</summary>
    public static IReadOnlyList<string> Invisible { get; } =
    [
        "Acme\u202Eenip bpx",
        "bpx\u2066isolate\u2069",
        "b\u200Bp\u200Dx",
        "bpx\u200E\u200F",
        "bpx\u2028line\u2029para",
    ];

    /// <summary>C0 control characters other than tab, line feed and carriage return.</summary>
    public static IReadOnlyList<string> Controls { get; } = ["bpx\u0001", "bpx\u0007bell", "bpx\u001Bansi", "bpx\u0000nul"];

    /// <summary>A string far longer than any name: 10 000 characters.</summary>
    public static string Long { get; } = "bpx" + new string('W', 9_997);

    /// <summary>Every payload (controls last: some importers reject them, which is allowed).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Markup, .. Formulas, .. Invisible, Long, .. Controls];

    /// <summary>Payloads that survive a CSV cell without quoting trouble and without being rejected as controls.</summary>
    public static IReadOnlyList<string> Printable { get; } = [.. Markup, .. Formulas.Where(f => f[0] is not ('\t' or '\r')), .. Invisible];
}
