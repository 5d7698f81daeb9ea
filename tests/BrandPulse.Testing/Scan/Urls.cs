namespace BrandPulse.Testing.Scan;

/// <summary>URLs a browser would run as code: javascript:, vbscript:, data: (after the whitespace and controls browsers ignore).</summary>
internal static class Urls
{
    public static bool IsScriptCapable(string url)
    {
        string squeezed = string.Concat(System.Net.WebUtility.HtmlDecode(url).Where(c => c > ' ')).ToLowerInvariant();
        return squeezed.StartsWith("javascript:", StringComparison.Ordinal)
            || squeezed.StartsWith("vbscript:", StringComparison.Ordinal)
            || (squeezed.StartsWith("data:", StringComparison.Ordinal) && !squeezed.StartsWith("data:image/png", StringComparison.Ordinal));
    }
}
