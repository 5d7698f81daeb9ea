using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Localization;

/// <summary>
/// One language's interface strings, read straight from a file (no culture lookups: the build runs with invariant
/// globalization). Two stores per language under <c>site/i18n/</c>: the pages' strings as <c>en.txt</c>/<c>es.txt</c>
/// (one <c>key = value</c> a line, <c>#</c> comment lines, blank lines ignored) and the script's strings as
/// <c>js.en.json</c>/<c>js.es.json</c> (one flat JSON object of strings). Values may hold named placeholders such as
/// <c>{count}</c>, filled by <see cref="Format"/>. <see cref="LoadAll"/> refuses a translation with a missing or extra
/// key, a placeholder that differs from English, or an empty value, naming each.
/// </summary>
public sealed partial class Strings
{
    /// <summary>The language every other is checked against.</summary>
    public const SiteLanguage Reference = SiteLanguage.English;

    private readonly Dictionary<string, string> _values;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Template> _markupTemplates = new(StringComparer.Ordinal);

    private Strings(string source, SiteLanguage language, Dictionary<string, string> values)
    {
        Source = source;
        Language = language;
        _values = values;
    }

    /// <summary>The file the strings came from (for messages).</summary>
    public string Source { get; }

    public SiteLanguage Language { get; }

    /// <summary>Every key and its value, in the order of the file.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The value of a key; an unknown key is an error naming the key and the file.</summary>
    public string this[string key] => _values.TryGetValue(key, out string? value)
        ? value
        : throw new KeyNotFoundException($"{Source}: no string with the key '{key}'.");

    /// <summary>
    /// The value of a key with its placeholders filled: <c>Format("count.brand.other", ("count", "31 052"))</c>.
    /// Every placeholder needs an argument and every argument a placeholder, so a figure can never silently vanish.
    /// Arguments are inserted as given (already formatted by <see cref="Units"/>; HTML encoding is the caller's).
    /// </summary>
    public string Format(string key, params (string Name, string Value)[] arguments)
    {
        Template template = TemplateOf(key);
        foreach ((string name, _) in arguments)
        {
            if (!template.Names.Contains(name))
            {
                throw new ArgumentException($"{Source}: the string '{key}' has no placeholder {{{name}}}.", nameof(arguments));
            }
        }

        return template.Fill(arguments, name => new ArgumentException($"{Source}: the string '{key}' needs a value for {{{name}}}.", nameof(arguments)));
    }

    /// <summary>The value of a key split at its placeholders (parsed once per key).</summary>
    internal Template TemplateOf(string key) => _templates.GetOrAdd(key, k => Template.Parse(this[k], Placeholder()));

    /// <summary>The same, its text escaped as markup (<see cref="TextMarkup.Escape"/>).</summary>
    internal Template MarkupTemplateOf(string key) => _markupTemplates.GetOrAdd(key, k => TemplateOf(k).MapText(TextMarkup.Escape));

    /// <summary>The file code of a language: "en", "es".</summary>
    public static string Code(SiteLanguage language) => language switch
    {
        SiteLanguage.English => "en",
        SiteLanguage.Spanish => "es",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No strings for this language."),
    };

    /// <summary>The page strings of one language: <c>DIR/en.txt</c>, <c>DIR/es.txt</c>.</summary>
    public static Strings LoadPage(string directory, SiteLanguage language)
    {
        string path = Path.Combine(directory, Code(language) + ".txt");
        return ParseKeyValue(File.ReadAllText(path, Encoding.UTF8), path, language);
    }

    /// <summary>The script strings of one language: <c>DIR/js.en.json</c>, <c>DIR/js.es.json</c>.</summary>
    public static Strings LoadScript(string directory, SiteLanguage language)
    {
        string path = Path.Combine(directory, "js." + Code(language) + ".json");
        return ParseJson(File.ReadAllText(path, Encoding.UTF8), path, language);
    }

    /// <summary>
    /// Every language's page strings or script strings, checked against English: throws one
    /// <see cref="InvalidDataException"/> listing every problem (missing, extra or empty keys, differing placeholders).
    /// </summary>
    public static IReadOnlyDictionary<SiteLanguage, Strings> LoadAll(string directory, bool script = false)
    {
        var all = Enum.GetValues<SiteLanguage>().ToDictionary(l => l, l => script ? LoadScript(directory, l) : LoadPage(directory, l));
        List<string> problems = [.. all.Values.SelectMany(s => EmptyValues(s))];
        foreach (Strings translation in all.Values.Where(s => s.Language != Reference))
        {
            problems.AddRange(Mismatches(all[Reference], translation));
        }

        return problems.Count == 0 ? all : throw new InvalidDataException(string.Join(Environment.NewLine, problems));
    }

    /// <summary>How a translation differs from the reference in its keys and placeholders, one message each, naming the key.</summary>
    public static IReadOnlyList<string> Mismatches(Strings reference, Strings translation)
    {
        var problems = new List<string>();
        foreach ((string key, string value) in reference._values)
        {
            if (!translation._values.TryGetValue(key, out string? translated))
            {
                problems.Add($"{translation.Source}: missing key '{key}' (it is in {reference.Source}).");
            }
            else if (!Placeholders(value).SetEquals(Placeholders(translated)))
            {
                problems.Add($"{translation.Source}: key '{key}' has the placeholders {List(Placeholders(translated))}; "
                    + $"{reference.Source} has {List(Placeholders(value))}.");
            }
        }

        problems.AddRange(translation._values.Keys.Where(k => !reference._values.ContainsKey(k))
            .Select(k => $"{translation.Source}: extra key '{k}' (it is not in {reference.Source})."));
        return problems;
    }

    /// <summary>Reads <c>key = value</c> lines; an ill-formed or repeated key is an error naming the file and line.</summary>
    public static Strings ParseKeyValue(string text, string source, SiteLanguage language)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] lines = text.TrimStart('\uFEFF').Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Trim(' ', '\t').Length == 0 || line.TrimStart(' ', '\t').StartsWith('#'))
            {
                continue;
            }

            int equals = line.IndexOf('=', StringComparison.Ordinal);
            string key = equals < 0 ? "" : line[..equals].Trim(' ', '\t');
            if (equals < 0 || !ValidKey().IsMatch(key))
            {
                throw new FormatException($"{source}, line {i + 1}: expected 'key = value' with a key of a-z, 0-9, '.', '_' or '-', got \"{line}\".");
            }

            // Only ASCII blanks are trimmed: a no-break space (Spanish "82 %") is part of the value.
            if (!values.TryAdd(key, line[(equals + 1)..].Trim(' ', '\t')))
            {
                throw new FormatException($"{source}, line {i + 1}: the key '{key}' is already defined above.");
            }
        }

        return new Strings(source, language, values);
    }

    /// <summary>Reads one flat JSON object of strings; anything else is an error naming the file and key.</summary>
    public static Strings ParseJson(string json, string source, SiteLanguage language)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using JsonDocument document = JsonDocument.Parse(json.TrimStart('\uFEFF'));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{source}: expected one JSON object of strings.");
        }

        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String || !ValidKey().IsMatch(property.Name))
            {
                throw new FormatException($"{source}: '{property.Name}' must be a key of a-z, 0-9, '.', '_' or '-' with a string value.");
            }

            if (!values.TryAdd(property.Name, property.Value.GetString()!))
            {
                throw new FormatException($"{source}: the key '{property.Name}' appears twice.");
            }
        }

        return new Strings(source, language, values);
    }

    private static IEnumerable<string> EmptyValues(Strings strings) => strings._values
        .Where(kv => kv.Value.Length == 0).Select(kv => $"{strings.Source}: key '{kv.Key}' has an empty value.");

    private static HashSet<string> Placeholders(string value) =>
        Placeholder().Matches(value).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static string List(HashSet<string> names) => names.Count == 0
        ? "none"
        : string.Join(", ", names.Order(StringComparer.Ordinal).Select(n => "{" + n + "}"));

    [GeneratedRegex(@"\{([a-z_][a-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidKey();
}
