namespace BrandPulse.Generator.Charts;

/// <summary>
/// The ids of one drawing's parts (title, clip paths), all under one prefix that is unique on the page the drawing
/// ends up in, so that two drawings on a page (wide and narrow, or a channel's and the home page's) never share an id.
/// Asking twice for the same part is a mistake in the drawing and throws.
/// </summary>
public sealed class SvgIds(string prefix)
{
    private readonly HashSet<string> _given = new(StringComparer.Ordinal);

    /// <summary>The prefix every id of this drawing starts with.</summary>
    public string Prefix { get; } = prefix;

    /// <summary>The id of <paramref name="part"/>: <c>PREFIX-PART</c>.</summary>
    public string For(string part)
    {
        string id = Prefix + "-" + part;
        if (!_given.Add(id))
        {
            throw new InvalidOperationException($"SVG id {id} given twice");
        }

        return id;
    }
}
