using System.Globalization;

namespace BrandPulse.Bench;

/// <summary>"--name value" pairs of a bench command.</summary>
internal sealed class Args(string[] args)
{
    public string Text(string name, string? fallback = null)
    {
        int i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1]
            : fallback ?? throw new ArgumentException($"missing --{name}");
    }

    public long Number(string name, long? fallback = null) =>
        long.Parse(Text(name, fallback?.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
}
