using System.Text.RegularExpressions;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>The <c>@handles</c> a tweet mentions, in the order written.</summary>
internal static partial class Mentions
{
    public static string[] In(string text)
    {
        if (!text.Contains('@'))
        {
            return [];
        }

        // A zero-width space or bidi mark inside a handle would cut it short: matched without them.
        if (NameKey.ContainsInvisible(text))
        {
            text = string.Concat(text.Where(c => !NameKey.IsInvisible(c)));
        }

        return [.. Handle().Matches(text).Select(m => m.Groups[1].Value)];
    }

    // A handle is letters, digits and underscores after an @ that does not follow a word character (not an e-mail).
    [GeneratedRegex(@"(?<![A-Za-z0-9_])@([A-Za-z0-9_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();
}
