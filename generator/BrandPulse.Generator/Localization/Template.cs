using System.Text;

namespace BrandPulse.Generator.Localization;

/// <summary>
/// A string value split at its placeholders (<c>{count}</c>), once: filling it is then a few appends, where a regular
/// expression per call was most of the time an incremental build spent formatting text.
/// </summary>
internal sealed class Template
{
    // Literal text at even indexes, placeholder names at odd ones.
    private readonly string[] _parts;
    private readonly int _textLength;

    private Template(string[] parts)
    {
        _parts = parts;
        _textLength = parts.Where((_, i) => i % 2 == 0).Sum(p => p.Length);
        Names = parts.Where((_, i) => i % 2 == 1).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The placeholders' names.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>Splits <paramref name="value"/> at the placeholders <paramref name="placeholder"/> finds (group 1: the name).</summary>
    public static Template Parse(string value, System.Text.RegularExpressions.Regex placeholder)
    {
        var parts = new List<string>();
        int at = 0;
        foreach (System.Text.RegularExpressions.Match m in placeholder.Matches(value))
        {
            parts.Add(value[at..m.Index]);
            parts.Add(m.Groups[1].Value);
            at = m.Index + m.Length;
        }

        parts.Add(value[at..]);
        return new Template([.. parts]);
    }

    /// <summary>The text with each placeholder replaced by its argument; <paramref name="missing"/> makes the error for one without.</summary>
    public string Fill(ReadOnlySpan<(string Name, string Value)> arguments, Func<string, Exception> missing)
    {
        if (_parts.Length == 1)
        {
            return _parts[0];
        }

        var text = new StringBuilder(_textLength + 32);
        for (int i = 0; i < _parts.Length; i++)
        {
            text.Append(i % 2 == 0 ? _parts[i] : ValueOf(_parts[i], arguments) ?? throw missing(_parts[i]));
        }

        return text.ToString();
    }

    /// <summary>The same template with its literal text changed by <paramref name="change"/> (placeholders kept).</summary>
    public Template MapText(Func<string, string> change) => new([.. _parts.Select((p, i) => i % 2 == 0 ? change(p) : p)]);

    private static string? ValueOf(string name, ReadOnlySpan<(string Name, string Value)> arguments)
    {
        foreach ((string n, string value) in arguments)
        {
            if (n == name)
            {
                return value;
            }
        }

        return null;
    }
}
