using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Where each required column of a twcs file is, found by header name (case and surrounding whitespace ignored),
/// and which columns are ignored (a pandas index, anything unknown).
/// </summary>
internal sealed record TwcsColumns(
    int TweetId,
    int AuthorId,
    int Inbound,
    int CreatedAt,
    int Text,
    int ResponseTweetId,
    int InResponseToTweetId,
    int Count,
    IReadOnlyList<string> Ignored)
{
    public const string TweetIdName = "tweet_id";
    public const string AuthorIdName = "author_id";
    public const string InboundName = "inbound";
    public const string CreatedAtName = "created_at";
    public const string TextName = "text";
    public const string ResponseTweetIdName = "response_tweet_id";
    public const string InResponseToTweetIdName = "in_response_to_tweet_id";

    public static IReadOnlyList<string> Required { get; } =
        [TweetIdName, AuthorIdName, InboundName, CreatedAtName, TextName, ResponseTweetIdName, InResponseToTweetIdName];

    /// <summary>The column of each field, from the header; throws <see cref="ImportFormatException"/> when it is unusable.</summary>
    public static TwcsColumns From(CsvRecord header, string file)
    {
        if (header.Error is { } error)
        {
            throw new ImportFormatException(file, header.Line, $"unreadable header: {error.Reason}");
        }

        string[] names = [.. header.Fields.Select(f => (f ?? "").Trim().ToLowerInvariant())];
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new List<string>();
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i];
            if (!Required.Contains(name))
            {
                ignored.Add(name.Length == 0 ? $"unnamed column {i + 1} (a pandas index?)" : Shorten(name));
                continue;
            }

            if (!found.TryAdd(name, i))
            {
                throw new ImportFormatException(file, header.Line,
                    $"column {name} appears twice (columns {found[name] + 1} and {i + 1})");
            }
        }

        string[] missing = [.. Required.Where(r => !found.ContainsKey(r))];
        if (missing.Length > 0)
        {
            string seen = Shorten(string.Join(",", header.Fields), 120);
            string hint = DelimiterHint(seen);
            throw new ImportFormatException(file, header.Line,
                $"expected columns {string.Join(",", Required)}; found {seen}; missing {string.Join(", ", missing)}{hint}");
        }

        return new TwcsColumns(found[TweetIdName], found[AuthorIdName], found[InboundName], found[CreatedAtName],
            found[TextName], found[ResponseTweetIdName], found[InResponseToTweetIdName], names.Length, ignored);
    }

    private static string DelimiterHint(string header)
    {
        foreach ((char c, string shown) in new[] { (';', "';'"), ('\t', "a tab"), ('|', "'|'") })
        {
            if (header.Contains(c))
            {
                return $" — is the delimiter {shown}?";
            }
        }

        return "";
    }

    private static string Shorten(string s, int max = 40) => s.Length <= max ? s : s[..max] + "…";
}
