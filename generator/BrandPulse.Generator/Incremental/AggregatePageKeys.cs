using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// The keys of the pages that list many brands (<see cref="KeptFiles"/>): a channel's table in every ordering, an
/// industry's page, the Ley 10/2025 scoreboard and its rules' pages. A key is a hash of the publication's part
/// (<see cref="BrandPageKeys.SiteKey"/>: words, settings, period, code), the page's path, the directory of brands (every
/// brand's record, the industries on each channel, the data's period) and the rows the page reads, each
/// as its brand, channel, rank and the digest of its figures (<see cref="BrandCacheFormat.ChannelDigests"/>). So a page
/// is rendered again when a brand it lists changes on its channel, and kept when only other brands or other channels
/// changed. A page with a row whose digest is not known has no key (it is rendered).
/// </summary>
public sealed class AggregatePageKeys(IReadOnlyDictionary<(long BrandId, string Channel), string> digests, SiteModel model)
{
    private readonly ConcurrentDictionary<string, string?> _rankings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SiteContext, string> _sites = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<string> _directory = new(() => DirectoryOf(model));

    /// <summary>The key of a page of <paramref name="ranking"/>'s table (any ordering, any page: every one reads every row).</summary>
    public string? Channel(ChannelRanking ranking, SiteContext context, string path) =>
        _rankings.GetOrAdd(ranking.Channel, _ => RowsDigest(ranking.All)) is { } rows ? Key(context, path, rows) : null;

    /// <summary>The key of a page of <paramref name="industry"/>: its brands of that page on every channel, in league order.</summary>
    public string? Industry(Industry industry, int page, SiteContext context, string path)
    {
        HashSet<long> ids = [.. ListPages.Slice(industry.Brands, page).Select(b => b.Brand.Id)];
        var parts = new StringBuilder();
        foreach (ChannelRanking ranking in model.Rankings)
        {
            if (RowsDigest(ranking.All.Where(f => ids.Contains(f.Brand.Id))) is not { } rows)
            {
                return null;
            }

            parts.Append(ranking.Channel).Append(' ').Append(ranking.Ranked.Count).Append(' ').Append(rows).Append('\n');
        }

        return Key(context, path, parts.ToString());
    }

    /// <summary>
    /// The key of the scoreboard (<paramref name="rule"/> null) or of a page of a rule's list: the rows it shows, every
    /// list's length and the notes drawn from all of them, and the campaigns' names.
    /// </summary>
    public string? Law(LawScoreboardRows rows, string? rule, int page, SiteContext context, string path)
    {
        var parts = new StringBuilder();
        parts.Append(FormattableString.Invariant($"{rows.Phone.Count} {rows.Field.Count} {rows.Other.Count} {rows.Written.Count} {rows.Language.Count}"));
        parts.Append(FormattableString.Invariant($" {rows.Phone.Any(f => f.Law!.StartingPoint)} {rows.Phone.Concat(rows.Written).Any(f => f.Illustrative)}"));
        parts.Append(FormattableString.Invariant($" {rows.Language.Any(f => f.SelectedBecauseAnswered)}\n"));
        foreach (string shown in LawScoreboardRows.Rules)
        {
            if (RowsDigest(rows.Shown(shown, rule, page)) is not { } digest)
            {
                return null;
            }

            parts.Append(shown).Append(' ').Append(digest).Append('\n');
        }

        foreach ((string slug, string name) in model.CampaignNames.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            parts.Append(slug).Append('\t').Append(name).Append('\n');
        }

        return Key(context, path, parts.ToString());
    }

    private string Key(SiteContext context, string path, string rows)
    {
        string site = _sites.GetOrAdd(context, BrandPageKeys.SiteKey);
        return Hash(site, path, _directory.Value, rows);
    }

    /// <summary>A digest of rows in their order (brand, channel, rank, figures); null when a row's figures have no digest.</summary>
    private string? RowsDigest(IEnumerable<ChannelFigures> rows)
    {
        var text = new StringBuilder();
        foreach (ChannelFigures f in rows)
        {
            if (!digests.TryGetValue((f.Brand.Id, f.Channel), out string? digest))
            {
                return null;
            }

            text.Append(f.Brand.Id).Append('\t').Append(f.Channel).Append('\t').Append(f.Rank?.ToString() ?? "").Append('\t').Append(digest).Append('\n');
        }

        return Hash(text.ToString());
    }

    /// <summary>
    /// Every brand's record, the industries with a brand on each channel (a channel page's industry filter and links),
    /// the aliases, the data's period and edition: what these pages read of the model beyond their rows (not the totals
    /// per source, which only the home and data pages show). Not each brand's channels: a brand that starts on a
    /// channel changes the rows of the pages that list it there, not every page.
    /// </summary>
    private static string DirectoryOf(SiteModel model)
    {
        var text = new StringBuilder();
        foreach (BrandFigures b in model.Brands)
        {
            text.Append(b.Brand).Append('\n');
        }

        foreach (IGrouping<string, string> channel in model.Brands
                     .SelectMany(b => b.Channels.Select(c => (c.Channel, Industry: Industries.SlugOf(b.Brand))))
                     .GroupBy(c => c.Channel, c => c.Industry, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(channel.Key).Append(':').AppendJoin(' ', channel.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)).Append('\n');
        }

        foreach ((string alias, string slug) in model.Aliases)
        {
            text.Append(alias).Append('>').Append(slug).Append('\n');
        }

        text.Append(FormattableString.Invariant($"{model.PeriodStartMs} {model.PeriodEndMs} {model.Edition}"));
        return Hash(text.ToString());
    }

    private static string Hash(params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string part in parts)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
