using System.Text.RegularExpressions;
using BrandPulse.Generator.Localization;
using BrandPulse.Statistics;
using BrandPulse.Testing;
using Markdig;

namespace BrandPulse.Generator.Tests.Localization;

public sealed partial class StringsTests
{
    private static string I18n => Path.Combine(RepoPaths.Site, "i18n");

    private static string Content => Path.Combine(RepoPaths.Site, "content");

    [Fact]
    public void The_committed_page_strings_have_the_same_keys_and_placeholders_in_every_language()
    {
        // Given site/i18n/en.txt and es.txt / When loaded together / Then no missing, extra or empty key
        IReadOnlyDictionary<SiteLanguage, Strings> all = Strings.LoadAll(I18n);

        Assert.True(all[SiteLanguage.English].Values.Count > 300, "the pages' strings are all collected");
        Assert.Equal(all[SiteLanguage.English].Values.Keys, all[SiteLanguage.Spanish].Values.Keys);
        Assert.All(all.Values.SelectMany(s => s.Values.Values), v => Assert.NotEqual("", v.Trim()));
    }

    [Fact]
    public void The_committed_script_strings_have_the_same_keys_and_placeholders_in_every_language()
    {
        // Given site/i18n/js.en.json and js.es.json / When loaded together / Then the same keys, none empty
        IReadOnlyDictionary<SiteLanguage, Strings> all = Strings.LoadAll(I18n, script: true);

        Assert.Equal(all[SiteLanguage.English].Values.Keys, all[SiteLanguage.Spanish].Values.Keys);
        Assert.Equal("{value}\u00A0%", all[SiteLanguage.Spanish]["format.percent"]);
        Assert.Equal("\u00A0", all[SiteLanguage.Spanish]["format.group_separator"]);
    }

    [Fact]
    public void Spanish_interface_strings_use_the_published_vocabulary_and_number_forms()
    {
        // Given the Spanish page strings
        Strings es = Strings.LoadPage(I18n, SiteLanguage.Spanish);

        // Then the words the methodology uses, and never a plain space or none before a percent sign
        Assert.Equal(Units.NotReached(SiteLanguage.Spanish), es["figure.not_reached"]);
        Assert.Equal("todavía esperando", es["outcome.still_waiting"]);
        Assert.Equal("Mediana de espera", es["column.median_wait"]);
        Assert.Contains("intervalos de confianza del 95\u00A0%", es["brand.figures_caption"], StringComparison.Ordinal);
        Assert.Contains("tasa de respuesta", es["dict.rankings.response_rate"], StringComparison.OrdinalIgnoreCase);
        Assert.Empty(es.Values.Where(kv => PercentWithoutNoBreakSpace().IsMatch(kv.Value)).Select(kv => kv.Key));
    }

    [Fact]
    public void A_missing_extra_or_differently_filled_key_is_named()
    {
        // Given a translation that lost a key, gained one and dropped a placeholder
        Strings en = Strings.ParseKeyValue("a = One {count}\nb = Two\nc = Three {n}\n", "en.txt", SiteLanguage.English);
        Strings es = Strings.ParseKeyValue("a = Uno\nc = Tres {n}\nd = Cuatro\n", "es.txt", SiteLanguage.Spanish);

        // When compared
        IReadOnlyList<string> problems = Strings.Mismatches(en, es);

        // Then each problem names its key
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("'a'", StringComparison.Ordinal) && p.Contains("{count}", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("missing key 'b'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("extra key 'd'", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadAll_fails_naming_every_missing_extra_and_empty_key()
    {
        // Given a folder whose Spanish file misses one key, adds another and leaves one empty
        string dir = Directory.CreateTempSubdirectory("bp-i18n-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "en.txt"), "# English\nnav.home = Home\nnav.data = Data\nnav.about = About\n");
            File.WriteAllText(Path.Combine(dir, "es.txt"), "nav.home = Inicio\nnav.about =\nnav.extra = Extra\n");

            // When loaded / Then refused, the message naming all three keys and the file
            InvalidDataException error = Assert.Throws<InvalidDataException>(() => Strings.LoadAll(dir));
            Assert.Contains("missing key 'nav.data'", error.Message, StringComparison.Ordinal);
            Assert.Contains("extra key 'nav.extra'", error.Message, StringComparison.Ordinal);
            Assert.Contains("'nav.about' has an empty value", error.Message, StringComparison.Ordinal);
            Assert.Contains("es.txt", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("just text", "line 2")]
    [InlineData("Bad Key = x", "line 2")]
    [InlineData("a = again", "already defined")]
    public void A_malformed_line_is_an_error_naming_the_file_and_line(string line, string expected)
    {
        // Given a key file with a bad second entry / When parsed / Then the file and what is wrong are named
        FormatException error = Assert.Throws<FormatException>(
            () => Strings.ParseKeyValue("a = first\n" + line + "\n", "es.txt", SiteLanguage.Spanish));
        Assert.Contains("es.txt, line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_keep_their_no_break_spaces_and_inner_equals_signs()
    {
        // Given values ending in a no-break space percent, and holding "=" / When parsed / Then kept exactly
        Strings es = Strings.ParseKeyValue("\uFEFFp = {value}\u00A0%\r\nq = a = b\r\n# comment = no\r\n\r\n", "es.txt", SiteLanguage.Spanish);

        Assert.Equal("{value}\u00A0%", es["p"]);
        Assert.Equal("a = b", es["q"]);
        Assert.Equal(2, es.Values.Count);
    }

    [Fact]
    public void Format_fills_every_placeholder_and_refuses_a_missing_or_unknown_one()
    {
        // Given a string with two placeholders
        Strings es = Strings.ParseKeyValue("count.brand.other = {count} marcas en {industries}\n", "es.txt", SiteLanguage.Spanish);

        // When filled / Then both values appear, a value's own braces untouched
        Assert.Equal("31\u00A0052 marcas en {x} sectores",
            es.Format("count.brand.other", ("count", Units.Count(31052, SiteLanguage.Spanish)), ("industries", "{x} sectores")));

        // And a missing value, an unknown placeholder or an unknown key is refused by name
        Assert.Contains("{industries}", Assert.Throws<ArgumentException>(() => es.Format("count.brand.other", ("count", "1"))).Message, StringComparison.Ordinal);
        Assert.Contains("{n}", Assert.Throws<ArgumentException>(
            () => es.Format("count.brand.other", ("count", "1"), ("industries", "2"), ("n", "3"))).Message, StringComparison.Ordinal);
        Assert.Contains("'nope'", Assert.Throws<KeyNotFoundException>(() => es["nope"]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_strings_must_be_one_flat_object_of_strings()
    {
        // Given JSON with a number where a string belongs / When parsed / Then refused naming the key
        FormatException error = Assert.Throws<FormatException>(
            () => Strings.ParseJson("{\"a\": \"x\", \"b\": 2}", "js.es.json", SiteLanguage.Spanish));
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
        Assert.Contains("js.es.json", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("methodology")]
    [InlineData("about")]
    [InlineData("privacy")]
    [InlineData("data")]
    public void Each_Spanish_prose_page_keeps_the_English_headings_ids_links_and_placeholders(string page)
    {
        // Given the English page and its Spanish counterpart
        string en = File.ReadAllText(Path.Combine(Content, page + ".md"));
        string es = File.ReadAllText(Path.Combine(Content, "es", page + ".md"));
        MarkdownPipeline pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
        string enHtml = Markdown.ToHtml(en, pipeline), esHtml = Markdown.ToHtml(es, pipeline);

        // Then the same section heading levels and ids in the same order (the title's id follows its text), so anchors map 1:1
        Assert.Equal(Matches(HeadingId(), enHtml), Matches(HeadingId(), esHtml));
        Assert.Equal(Matches(Href(), enHtml), Matches(Href(), esHtml));
        Assert.Equal(Matches(Variable(), en).Order(StringComparer.Ordinal), Matches(Variable(), es).Order(StringComparer.Ordinal));
        Assert.Equal(Matches(TableCaption(), en).Count, Matches(TableCaption(), es).Count);

        // And a Spanish percent sign always follows a no-break space
        Assert.DoesNotMatch(PercentWithoutNoBreakSpace(), es);
        Assert.NotEqual(en, es);
    }

    [Fact]
    public void The_Spanish_methodology_uses_the_agreed_statistics_vocabulary()
    {
        // Given the Spanish methodology, lines joined / Then the terms readers will meet on every page
        string es = Regex.Replace(File.ReadAllText(Path.Combine(Content, "es", "methodology.md")), "[ \n]+", " ");
        foreach (string term in new[] { "mediana", "intervalo de confianza del 95\u00A0%", "tasa de respuesta", "todavía esperando", Units.NotReached(SiteLanguage.Spanish) })
        {
            Assert.Contains(term, es, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_Spanish_corrections_log_has_the_English_entries_in_the_same_order()
    {
        // Given both logs / Then the same header, dates and brands, entry for entry, with the summary translated
        string[] en = Lines(Path.Combine(Content, "corrections.csv")), es = Lines(Path.Combine(Content, "es", "corrections.csv"));

        Assert.Equal(en.Length, es.Length);
        Assert.Equal(en[0], es[0]);
        for (int i = 1; i < en.Length; i++)
        {
            Assert.Equal(Prefix(en[i]), Prefix(es[i]));
            Assert.NotEqual(en[i], es[i]);
        }
    }

    private static string[] Lines(string path) => File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();

    /// <summary>"date,brand_slug," of an entry: neither field holds a comma.</summary>
    private static string Prefix(string line) => line[..(line.IndexOf(',', line.IndexOf(',', StringComparison.Ordinal) + 1) + 1)];

    private static List<string> Matches(Regex regex, string text) => regex.Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"<h[2-6] id=""[^""]*""", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingId();

    [GeneratedRegex(@"href=""[^""]*""", RegexOptions.CultureInvariant)]
    private static partial Regex Href();

    [GeneratedRegex(@"\{\{[a-z_]+\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();

    [GeneratedRegex(@"^Table: ", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"\d[ ]?%", RegexOptions.CultureInvariant)]
    private static partial Regex PercentWithoutNoBreakSpace();
}
